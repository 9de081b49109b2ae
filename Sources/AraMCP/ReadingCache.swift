import AraRead
import AraSearch
import Foundation

/// Each served bundle read once, and read again only when a file changed:
/// a tool call then costs a stat per file, not a whole read.
final class ReadingCache: @unchecked Sendable {
    // Tool calls run concurrently; the lock guards `entries` and nothing else.
    private let lock = NSLock()
    private var entries: [String: (snapshot: BundleSnapshot, reading: BundleReading)] = [:]

    func reading(of bundle: ServedBundles.Bundle) throws(ToolError) -> BundleReading {
        if let cached = lock.withLock({ entries[bundle.root] }), cached.snapshot.isCurrent(root: bundle.root) {
            return cached.reading
        }
        // The snapshot comes first: a file changed during the read then differs from it.
        let snapshot = BundleSnapshot.whole(root: bundle.root)
        let reading: BundleReading
        do {
            reading = try BundleReading(root: URL(fileURLWithPath: bundle.root))
        } catch {
            throw .failed("\(bundle.name): \(error.description)")
        }
        lock.withLock { entries[bundle.root] = (snapshot, reading) }
        return reading
    }

    /// The object `target` names in the bundle, resolved one step.
    func resolve(_ target: String?, in bundle: ServedBundles.Bundle, argument: String) throws(ToolError) -> ReadObject {
        let reading = try reading(of: bundle)
        do {
            return try reading.resolve(target)
        } catch {
            throw .invalidArgument(argument, error.description)
        }
    }
}
