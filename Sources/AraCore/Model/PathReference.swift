/// A file or directory that prose points at: a Markdown link `[x](path)`,
/// or a code span that looks like a path (`` `logic/claims.md` ``).
public struct PathReference: Hashable, Sendable {
    /// A Markdown link's target is relative to the file that holds it; a code
    /// span is usually written relative to the bundle root.
    public enum Kind: Hashable, Sendable { case link, codeSpan }

    /// As written for links; for code spans, joined with the directory the surrounding list names.
    public var path: String
    public var kind: Kind
    /// The rest of the line, for messages.
    public var context: String
    public var location: SourceLocation

    public init(path: String, kind: Kind, context: String, location: SourceLocation) {
        self.path = path
        self.kind = kind
        self.context = context
        self.location = location
    }

    public var isDirectory: Bool { path.hasSuffix("/") }

    /// `/etc/x` or `~/x`: a path of the writer's machine, never one of the bundle.
    public var isAbsolute: Bool { Self.isAbsolute(path) }

    public static func isAbsolute(_ path: String) -> Bool { path.hasPrefix("/") || path.hasPrefix("~/") }

    /// Scans items line by line. A code span naming a directory (`` `logic/` ``)
    /// opens a context for the more-indented lines under it, as in
    /// `- **Cognitive** (`logic/`)` followed by `  - `problem.md``.
    public static func scan(_ items: [MarkdownItem]) -> [PathReference] {
        var found: [PathReference] = []
        for item in items {
            let (text, location): (String, SourceLocation) =
                switch item {
                case .text(let text): (text.text, text.origin.location)
                case .field(let field): (field.value, field.location)
                }
            var contexts: [(indent: Int, directory: String)] = []
            for (offset, line) in text.splitLines().enumerated() {
                let indent = line.prefix(while: { $0 == " " }).count
                while let last = contexts.last, last.indent >= indent { contexts.removeLast() }
                let lineLocation = SourceLocation(path: location.path, line: location.line + offset, column: 1)
                var opened: [(indent: Int, directory: String)] = []
                for (target, column) in links(in: line) {
                    found.append(
                        PathReference(
                            path: target, kind: .link, context: line.trimmingWhitespace(),
                            location: lineLocation.at(column: column))
                    )
                }
                for (span, column) in codeSpans(in: line) where looksLikePath(span) {
                    let base = contexts.last?.directory ?? ""
                    let joined = span.hasPrefix(base) ? span : base + span
                    found.append(
                        PathReference(
                            path: joined, kind: .codeSpan, context: line.trimmingWhitespace(),
                            location: lineLocation.at(column: column))
                    )
                    if span.hasSuffix("/") { opened.append((indent, joined)) }
                }
                // A directory opens a context for the lines under it, not for its neighbours on the same line.
                contexts += opened
            }
        }
        return found
    }

    /// `(target, column)` of each inline link whose target is a path (not a URL).
    public static func links(in line: Substring) -> [(String, Int)] {
        var result: [(String, Int)] = []
        // Most lines hold no link: they are not searched at all.
        guard line.utf8.contains(UInt8(ascii: "]")) else { return result }
        var searchStart = line.startIndex
        while let marker = line[searchStart...].rangeOfASCII("](") {
            guard let close = line[marker.upperBound...].firstIndex(of: ")") else { break }
            var target = String(line[marker.upperBound..<close]).trimmingWhitespace()
            if let space = target.firstIndex(of: " ") { target = String(target[..<space]) }  // drop a link title
            if let anchor = target.firstIndex(of: "#") { target = String(target[..<anchor]) }
            let column = line.distance(from: line.startIndex, to: marker.upperBound) + 1
            if !target.isEmpty, !target.contains("://"), !target.hasPrefix("mailto:") {
                result.append((target.hasPrefix("./") ? String(target.dropFirst(2)) : target, column))
            }
            searchStart = close
        }
        return result
    }

    public static func codeSpans(in line: Substring) -> [(String, Int)] {
        // In ASCII text without a carriage return each byte is a character:
        // backticks are found and columns counted on the bytes, without
        // walking grapheme clusters (most of scanning an evidence index).
        if line.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return asciiCodeSpans(in: line) }
        var result: [(String, Int)] = []
        var index = line.startIndex
        while let open = line[index...].firstIndex(of: "`") {
            let contentStart = line.index(after: open)
            guard let close = line[contentStart...].firstIndex(of: "`") else { break }
            result.append(
                (String(line[contentStart..<close]), line.distance(from: line.startIndex, to: contentStart) + 1))
            index = line.index(after: close)
        }
        return result
    }

    static func asciiCodeSpans(in line: Substring) -> [(String, Int)] {
        let bytes = line.utf8
        var result: [(String, Int)] = []
        var index = bytes.startIndex
        while let open = bytes[index...].firstIndex(of: 0x60) {
            let contentStart = bytes.index(after: open)
            guard let close = bytes[contentStart...].firstIndex(of: 0x60) else { break }
            result.append(
                (String(line[contentStart..<close]), bytes.distance(from: bytes.startIndex, to: contentStart) + 1))
            index = bytes.index(after: close)
        }
        return result
    }

    static let pathExtensions = [".md", ".yaml", ".yml", ".json", ".py", ".txt", ".csv", ".png", ".toml", ".sh"]

    static func looksLikePath(_ text: String) -> Bool {
        guard !text.isEmpty, !text.contains(" "), !text.contains("://") else { return false }
        // An absolute path is named so that a rule can say it leaves the bundle:
        // `/etc/x` has no extension to recognise it by, but two slashes.
        if isAbsolute(text) { return text.dropFirst().contains(where: { $0.isLetter || $0.isNumber }) }
        return text.hasSuffix("/") || pathExtensions.contains { text.hasSuffix($0) }
    }
}

extension SourceLocation {
    func at(column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}
