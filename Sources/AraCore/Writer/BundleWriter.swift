import Foundation

/// Writes the structured files of an ``AraBundle`` in canonical form.
///
/// Each file is rendered completely before anything is written, then written
/// atomically, so a failure never leaves a file half-written. Assets (code,
/// images, data) are not touched.
public struct BundleWriter: Sendable {
    public init() {}

    /// The canonical text of every structured file, by bundle-relative path.
    public func render(_ bundle: AraBundle) throws -> [String: String] {
        var files: [String: String] = [:]
        for (path, document) in bundle.documents {
            files[path] = try MarkdownWriter.render(document)
        }
        if let tree = bundle.tree {
            files[BundlePaths.tree] = try TreeWriter.render(tree)
        }
        // A YAML file that did not parse has no content in the model; writing
        // it would erase what the author has. It is left as it is.
        for (path, file) in bundle.yamlFiles where file.root != nil {
            files[path] = try Self.render(file)
        }
        return files
    }

    /// Renders and writes every structured file under `root`; returns the paths written.
    @discardableResult
    public func write(_ bundle: AraBundle, to root: URL) throws -> [String] {
        try write(files: try render(bundle), to: root)
    }

    /// Writes texts by bundle-relative path under `root`, each atomically, never
    /// through a link that leads out of the bundle; returns the paths written.
    @discardableResult
    public func write(files: [String: String], to root: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let realRoot = BundleFileSystem.realPath(root.path) ?? root.path
        for path in files.keys.sorted() {
            guard let safe = BundleFileSystem.normalize(path), !safe.isEmpty else {
                throw AraError.pathOutsideBundle(path: path)
            }
            let target = root.appendingPathComponent(safe)
            // A directory inside the bundle may be a link that leads out of it;
            // writing (or creating directories) through it would touch files
            // that are not the bundle's. Check the deepest existing ancestor.
            var existing = target.deletingLastPathComponent()
            while !FileManager.default.fileExists(atPath: existing.path) { existing.deleteLastPathComponent() }
            guard let parent = BundleFileSystem.realPath(existing.path),
                parent == realRoot || parent.hasPrefix(realRoot + "/")
            else {
                throw AraError.pathOutsideBundle(path: path)
            }
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(files[path]!, to: target)
        }
        return files.keys.sorted()
    }

    static func render(_ file: YAMLFile) throws -> String {
        let header = file.headerComment.isEmpty ? "" : file.headerComment.joined(separator: "\n") + "\n\n"
        guard let root = file.root else { return header }
        return header + (try YAMLWriter.serialize(root))
    }
}
