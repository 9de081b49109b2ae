import AraCore
import Foundation

/// One bundle, read once, ready to resolve targets (`arakit read`, the MCP
/// server, the web view). Resolving never writes and never leaves the bundle.
public struct BundleReading: Sendable {
    public let root: URL
    public let result: ReadResult
    let fileSystem: BundleFileSystem

    public init(root: URL, limits: ReadLimits = .default) throws(ReadError) {
        do {
            self.fileSystem = try BundleFileSystem(root: root, limits: limits)
            self.result = try BundleReader(limits: limits).read(at: root)
        } catch {
            throw .bundle(error)
        }
        self.root = root
    }

    /// The object a target names with its references resolved one step;
    /// `nil` or an empty target is level 1 (SPEC.md §12).
    public func resolve(_ target: String?) throws(ReadError) -> ReadObject {
        let index = ObjectIndex(result: result, fileSystem: fileSystem)
        return try ObjectResolver(index: index).resolve(target ?? "")
    }
}
