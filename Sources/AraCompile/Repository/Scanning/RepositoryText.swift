import AraCore
import Foundation

/// One repository file's text as lines, so every parser can cite `path:line`.
struct RepositoryText {
    /// Repository-relative path with `/` separators.
    let path: String
    /// The lines without terminators; a final newline adds no empty line.
    let lines: [String]

    init(path: String, text: String) {
        self.path = path
        var text = text
        if text.utf8.contains(13) { text = TextDecoding.unifyLineEnds(text).text }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        // Split on the newline byte: far faster than by Character, and the same once CR and CRLF are gone.
        var lines = text.linesAtLineFeeds()
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    /// `path:line` for a zero-based line index.
    func location(_ index: Int) -> String { "\(path):\(index + 1)" }

    /// The last component of a `/`-separated path.
    static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
