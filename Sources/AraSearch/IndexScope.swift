/// Which files hold searchable objects: the structured files of the layers.
///
/// `src/` holds the authors' code and data (megabytes of it in real bundles);
/// only its Markdown descriptions (`src/*.md`, `src/configs/**`) are
/// objects. Code stays reachable as files (the MCP resources), not as hits.
enum IndexScope {
    static let extensions: Set<Substring> = ["md", "yaml", "yml"]

    /// Whether the walk enters this folder (bundle-relative, no trailing `/`).
    static func entersFolder(_ folder: String) -> Bool {
        !folder.hasPrefix("src/") || folder == "src/configs" || folder.hasPrefix("src/configs/")
    }

    /// Whether this file (in a folder the walk entered) is indexed.
    static func indexes(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), extensions.contains(path[path.index(after: dot)...]) else {
            return false
        }
        guard path.hasPrefix("src/") else { return true }
        return path.hasPrefix("src/configs/") || !path.dropFirst(4).contains("/")
    }
}
