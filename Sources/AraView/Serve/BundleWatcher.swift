import Foundation

/// Tells when any file of a bundle changed, by polling names, sizes and
/// modification times (cheap for bundles of thousands of files, and the same
/// on every platform).
struct BundleWatcher: Sendable {
    let root: URL
    /// Files looked at, at most: a huge folder is not walked without end.
    static let maxFiles = 50_000

    func fingerprint() -> Int {
        var hasher = Hasher()
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isSymbolicLinkKey]
        guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys) else { return 0 }
        var count = 0
        while let url = walk.nextObject() as? URL, count < Self.maxFiles {
            count += 1
            guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isSymbolicLink != true else {
                continue
            }
            // The renderer's own temporary files and locks are not edits.
            if url.lastPathComponent.hasPrefix(".") { continue }
            hasher.combine(url.path)
            hasher.combine(values.fileSize)
            hasher.combine(values.contentModificationDate?.timeIntervalSince1970)
        }
        return hasher.finalize()
    }
}
