import Foundation

/// Finds the bundles a PATH names: the folder itself when it is a bundle,
/// else the bundles in the folders below it.
public enum BundleDiscovery {
    /// A folder of bundles is searched this many levels down, no deeper.
    static let maxDepth = 4

    /// Bundle folders as (name shown, resolved absolute root), in path order.
    public static func bundles(in path: String) throws(SearchError) -> [(shown: String, root: String)] {
        guard let root = realPath(path), isFolder(root) else { throw .pathNotFound(path) }
        var found: [(String, String)] = []
        collect(shown: path, root: root, depth: 0, into: &found)
        guard !found.isEmpty else { throw .noBundles(path) }
        return found
    }

    /// A bundle holds `PAPER.md` or a `logic/` folder (a compiled bundle may lack either, not both).
    public static func isBundle(_ root: String) -> Bool {
        FileManager.default.fileExists(atPath: root + "/PAPER.md") || isFolder(root + "/logic")
    }

    private static func collect(shown: String, root: String, depth: Int, into found: inout [(String, String)]) {
        if isBundle(root) {
            found.append((shown, root))
            return
        }
        guard depth < maxDepth, let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = root + "/" + name
            // Links are not followed: a link could lead out of the folder or loop.
            guard isFolder(child) else { continue }
            let shownChild = shown.hasSuffix("/") ? shown + name : shown + "/" + name
            collect(shown: shownChild, root: child, depth: depth + 1, into: &found)
        }
    }

    /// A real folder, not a link to one.
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
