import Foundation

/// Creates a new bundle from `templates/` (embedded at build time).
public struct BundleTemplate: Sendable {
    public var title: String
    /// `YYYY-MM-DD`, written as the creation date.
    public var date: String

    public init(title: String, date: String) {
        self.title = title
        self.date = date
    }

    /// Today's date in UTC, `YYYY-MM-DD`.
    public static func today() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date())
    }

    /// The template files with the placeholders filled in, by path.
    public func files() -> [(path: String, text: String)] {
        let oneLineTitle = title.split(whereSeparator: \.isNewline).joined(separator: " ")
        let yamlTitle = oneLineTitle.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
            of: "\"", with: "\\\"")
        let replacements = [
            ("{{title_yaml}}", yamlTitle), ("{{title}}", oneLineTitle), ("{{date}}", date),
            ("{{year}}", String(date.prefix(4))),
        ]
        return EmbeddedTemplates.files.map { file in
            (file.path, replacements.reduce(file.text) { $0.replacingOccurrences(of: $1.0, with: $1.1) })
        }
    }

    /// Writes the template into `directory`, creating it if needed. Refuses a
    /// directory that already holds anything unless `force` is set, and any
    /// symbolic link on the way to a file: the directory itself, a folder in
    /// it (`logic` linked elsewhere) or the file. Nothing is written then.
    @discardableResult
    public func create(at directory: URL, force: Bool) throws(AraError) -> [String] {
        let manager = FileManager.default
        if BundleFileSystem.isSymbolicLink(directory.path) { throw .symbolicLink(path: directory.path) }
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notADirectory(path: directory.path) }
            let contents = (try? manager.contentsOfDirectory(atPath: directory.path)) ?? []
            if !contents.isEmpty && !force { throw .directoryNotEmpty(path: directory.path) }
        }
        let files = files()
        for file in files {
            if let link = BundleFileSystem.firstLink(in: file.path, under: directory) {
                throw .symbolicLink(path: link)
            }
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .io(path: directory.path, message: "cannot create the directory: \(error.localizedDescription)")
        }
        let lock = try BundleLock.acquire(directory, command: "init")
        defer { lock.release() }
        for file in files {
            try AtomicFile.write(file.text, to: directory.appendingPathComponent(file.path))
        }
        return files.map(\.path)
    }
}
