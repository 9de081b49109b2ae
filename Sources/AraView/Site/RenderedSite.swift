import AraCore
import Foundation

/// A rendered site: every file by its path relative to the site root.
public struct RenderedSite: Sendable {
    public var files: [String: Data]
    public var title: String

    public init(files: [String: Data], title: String) {
        self.files = files
        self.title = title
    }

    /// Writes the site into `directory`: built in a temporary sibling, then
    /// renamed into place, so a failed write leaves any earlier site whole.
    public func write(to directory: URL, replacing: Bool) throws(ViewError) {
        let manager = FileManager.default
        let target = directory.standardizedFileURL
        let exists = manager.fileExists(atPath: target.path)
        if exists, !replacing, !((try? manager.contentsOfDirectory(atPath: target.path))?.isEmpty ?? false) {
            throw .outputExists(path: directory.path)
        }
        if BundleFileSystem.isSymbolicLink(target.path) {
            throw .write(path: target.path, message: "is a symbolic link; not replaced")
        }
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).arakit-\(UUID().uuidString).tmp")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            for (path, data) in files.sorted(by: { $0.key < $1.key }) {
                let url = staging.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            if exists {
                let old = parent.appendingPathComponent(".\(target.lastPathComponent).arakit-old-\(UUID().uuidString)")
                try manager.moveItem(at: target, to: old)
                try manager.moveItem(at: staging, to: target)
                try? manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: target)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw .write(path: directory.path, message: error.localizedDescription)
        }
    }
}
