import AraCore

/// One entry of a claim's `Sources` field:
/// `value ← place «quote» [tag]` or `value ← [pending: reason]`.
public struct SourceEntry: Hashable, Sendable {
    public enum Place: Hashable, Sendable {
        /// `path:line` or `path:first-last` (1-based, inclusive).
        case file(path: String, lines: ClosedRange<Int>)
        /// `N12:field` (also `N12.field`): a field of a tree node.
        case node(id: String, field: String)
        /// Anything else: a path without a line, prose.
        case unparsed(String)
    }

    public enum Body: Hashable, Sendable {
        case pending(reason: String)
        case cited(place: Place, quote: String?, tag: String?)
        /// No `←` at all.
        case malformed
    }

    public var value: String
    public var body: Body
    /// The entry's text as written (continuation lines joined).
    public var text: String
    public var location: SourceLocation

    /// The entries of a `Sources` field value, one per list item (or per
    /// line when the value is not a list). `location` is the field's label.
    public static func parse(field: MarkdownField) -> [SourceEntry] {
        var entries: [SourceEntry] = []
        var current: (text: String, line: Int)?
        let lines = field.value.splitLines()
        for (offset, raw) in lines.enumerated() {
            let line = raw.trimmingWhitespace()
            guard !line.isEmpty else { continue }
            let isItem = line.hasPrefix("- ") || line.hasPrefix("* ")
            if isItem || current == nil {
                if let open = current { entries.append(make(open.text, line: open.line, field: field)) }
                current = (isItem ? String(line.dropFirst(2)) : line, field.location.line + offset)
            } else {
                current?.text += " " + line
            }
        }
        if let open = current { entries.append(make(open.text, line: open.line, field: field)) }
        return entries
    }

    static func make(_ text: String, line: Int, field: MarkdownField) -> SourceEntry {
        let location = SourceLocation(path: field.location.path, line: line, column: 1)
        guard let arrow = text.range(of: "←") ?? text.range(of: "<-") else {
            return SourceEntry(value: text, body: .malformed, text: text, location: location)
        }
        let value = text[..<arrow.lowerBound].trimmingWhitespace()
        let rest = text[arrow.upperBound...].trimmingWhitespace()
        if rest.lowercased().hasPrefix("[pending") {
            let reason = rest.dropFirst("[pending".count).drop(while: { $0 == ":" || $0 == " " })
            return SourceEntry(
                value: value, body: .pending(reason: String(reason.prefix(while: { $0 != "]" }))), text: text,
                location: location)
        }
        var placeText = Substring(rest)
        var quote: String?
        var tag: String?
        if let open = rest.firstIndex(of: "«") {
            placeText = rest[..<open]
            let afterOpen = rest.index(after: open)
            let close = rest[afterOpen...].lastIndex(of: "»") ?? rest.endIndex
            quote = String(rest[afterOpen..<close])
            if close < rest.endIndex {
                let after = rest[rest.index(after: close)...].trimmingWhitespace()
                if after.hasPrefix("["), let end = after.firstIndex(of: "]") {
                    tag = String(after[after.index(after: after.startIndex)..<end])
                }
            }
        }
        return SourceEntry(
            value: value, body: .cited(place: parsePlace(placeText), quote: quote, tag: tag), text: text,
            location: location)
    }

    /// The first code span, or else the first word, read as `path:line[-line]` or `N12:field`.
    static func parsePlace(_ text: Substring) -> Place {
        let trimmed = text.trimmingWhitespace()
        var token = Substring(trimmed)
        if let open = trimmed.firstIndex(of: "`") {
            let after = trimmed.index(after: open)
            if let close = trimmed[after...].firstIndex(of: "`") { token = trimmed[after..<close] }
        } else if let space = trimmed.firstIndex(of: " ") {
            token = trimmed[..<space]
        }
        guard let colon = token.lastIndex(of: ":") ?? nodeDot(token) else { return .unparsed(trimmed) }
        let head = String(token[..<colon])
        let tail = token[token.index(after: colon)...]
        if HeadingParser.isNodeID(head), !tail.isEmpty, tail.allSatisfy({ $0.isLetter || $0 == "_" }) {
            return .node(id: head, field: String(tail))
        }
        let bounds = tail.split(separator: "-", maxSplits: 1).map { Int($0) }
        guard !head.isEmpty, let first = bounds.first ?? nil else { return .unparsed(trimmed) }
        let last = bounds.count == 2 ? (bounds[1] ?? first) : first
        guard first >= 1, last >= first else { return .unparsed(trimmed) }
        return .file(path: head, lines: first...last)
    }

    /// `N12.result`: the dot after a node id.
    static func nodeDot(_ token: Substring) -> String.Index? {
        guard let dot = token.firstIndex(of: "."), HeadingParser.isNodeID(String(token[..<dot])) else { return nil }
        return dot
    }
}
