import AraCore

/// A bundle file's text for `read`, through the bundle's file system: never
/// a path outside the root, never more than the reader's size limit.
enum FileReading {
    static func read(_ path: String, in fileSystem: BundleFileSystem) -> FileView {
        let (file, diagnostics) = fileSystem.readText(path)
        guard let file else {
            let reason = diagnostics.first?.message ?? "not readable as text"
            return FileView(path: path, lines: [], unreadable: reason)
        }
        let lines = file.text.linesAtLineFeeds()
        return FileView(path: path, lines: lines.last == "" ? Array(lines.dropLast()) : lines, unreadable: nil)
    }
}
