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
        try write(data: files.mapValues { Data($0.utf8) }, to: root)
    }

    /// Writes bytes by bundle-relative path under `root`, each atomically.
    /// A file that is a link to another file of the bundle is replaced at its
    /// target, so the link stays a link; nothing is written outside the root.
    @discardableResult
    public func write(data files: [String: Data], to root: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let realRoot = BundleFileSystem.realPath(root.path) ?? root.path
        var folders = Set<Substring>()
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            guard let safe = BundleFileSystem.normalize(path), !safe.isEmpty else {
                throw AraError.pathOutsideBundle(path: path)
            }
            let folder = safe.utf8.lastIndex(of: UInt8(ascii: "/")).map { safe[..<$0] } ?? ""
            if !folders.contains(folder) {
                try Self.prepare(folder, of: path, under: root)
                folders.insert(folder)
            }
            let target = root.path + "/" + safe
            var existing = stat()
            guard lstat(target, &existing) == 0 else {
                try AtomicFile.write(data, toPath: target, replacing: nil)
                continue
            }
            guard existing.st_mode & S_IFMT == S_IFLNK else {
                try AtomicFile.write(data, toPath: target, replacing: existing)
                continue
            }
            guard let real = BundleFileSystem.realPath(target), real.hasPrefix(realRoot + "/") else {
                throw AraError.pathOutsideBundle(path: path)
            }
            try AtomicFile.write(data, to: URL(fileURLWithPath: real))
        }
        return files.keys.sorted()
    }

    /// Creates the bundle folder `folder` of `path`, once per write: a folder
    /// inside the bundle may be a link that leads out of it, and writing (or
    /// creating folders) through it would touch files that are not the bundle's.
    private static func prepare(_ folder: Substring, of path: String, under root: URL) throws {
        let directory = folder.isEmpty ? root : root.appendingPathComponent(String(folder), isDirectory: true)
        guard BundleFileSystem.isInside(directory, root: root) else {
            throw AraError.pathOutsideBundle(path: path)
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    static func render(_ file: YAMLFile) throws -> String {
        let header = file.headerComment.isEmpty ? "" : file.headerComment.joined(separator: "\n") + "\n\n"
        guard let root = file.root else { return header }
        return header + (try YAMLWriter.serialize(root))
    }
}
