import AraCore
import Foundation

/// Turns a bundle's files into searchable objects.
enum ObjectScanner {
    /// Files larger than this are not indexed (data dumps, logs): search is for prose.
    static let maxIndexedBytes = 2_000_000

    static func objects(files: [String], in fileSystem: BundleFileSystem) -> [IndexedObject] {
        files.flatMap { path -> [IndexedObject] in
            guard let text = text(of: path, in: fileSystem) else { return [] }
            let lines = text.splitLines()
            return path.hasSuffix(".md")
                ? MarkdownObjects.objects(path: path, lines: lines) : YAMLObjects.objects(path: path, lines: lines)
        }
    }

    /// The file as text, or `nil` for a binary file (a NUL byte near its start),
    /// an unreadable one, or one over the size cap.
    static func text(of path: String, in fileSystem: BundleFileSystem) -> String? {
        guard let (_, data) = fileSystem.readData(path).read, data.count <= maxIndexedBytes,
            !data.prefix(8192).contains(0)
        else { return nil }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // CR line ends are rare: copying every file byte by byte to find none would double the cost.
        return data.contains(13) ? TextDecoding.unifyLineEnds(text).text : text
    }
}
