import AraCore
import Foundation

/// One bundle, read once, ready to resolve targets (`arakit read`, the MCP
/// server, the web view). Resolving never writes and never leaves the bundle.
public struct BundleReading: Sendable {
    public let root: URL
    public let result: ReadResult
    let fileSystem: BundleFileSystem
    /// Built on first use and kept: a server resolves many targets of one
    /// reading (building it per call was most of an MCP `read` round trip).
    private let index = SharedIndex()

    /// Reads the bundle, all of it or only what `scope` needs.
    public init(root: URL, limits: ReadLimits = .default, scope: ReadScope = .all) throws(ReadError) {
        do {
            self.fileSystem = try BundleFileSystem(root: root, limits: limits)
            self.result = try BundleReader(limits: limits).read(at: root, parsing: scope.filter)
        } catch {
            throw .bundle(error)
        }
        self.root = root
    }

    /// The object a target names with its references resolved one step;
    /// `nil` or an empty target is level 1 (SPEC.md §12).
    public func resolve(_ target: String?) throws(ReadError) -> ReadObject {
        let (result, fileSystem) = (self.result, self.fileSystem)
        let build = { ObjectIndex(result: result, fileSystem: fileSystem) }
        return try index.with(build: build) { index throws(ReadError) in
            try ObjectResolver(index: index).resolve(target ?? "")
        }
    }
}

/// One reading's object index, shared by every resolve of it. A lock keeps
/// concurrent resolves (an MCP server's tool calls) apart: review's context
/// inside the index fills its caches as it is asked.
final class SharedIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var index: ObjectIndex?

    func with<T>(build: () -> ObjectIndex, _ body: (ObjectIndex) throws(ReadError) -> T) throws(ReadError) -> T {
        lock.lock()
        defer { lock.unlock() }
        let built = index ?? build()
        index = built
        return try body(built)
    }
}
