import Yams

/// Emits ``YAMLNode``s as YAML text in AraKit's canonical style.
///
/// Canonical style: two-space indentation, block collections, keys in the
/// order given, plain scalars where YAML reads them back as the same value,
/// double quotes where it would not, literal blocks (`|`) for multi-line text,
/// and Unicode written as itself.
public enum YAMLWriter {
    public static func serialize(_ node: YAMLNode) throws -> String {
        try Yams.serialize(node: yamsNode(node), indent: 2, width: 100, allowUnicode: true)
    }

    static func yamsNode(_ node: YAMLNode) -> Node {
        switch node.value {
        case .null:
            return Node("null", Tags.null)
        case .plain(let text):
            // An implicit tag is resolved in place when emitted, so it is not shared.
            return Node(text, Tag(.implicit, .default, Tags.constructor), .plain)
        case .string(let text):
            return Node(text, Tags.str, style(for: text))
        case .sequence(let items):
            return .sequence(Node.Sequence(items.map(yamsNode), Tags.seq, .block))
        case .mapping(let entries):
            let pairs = entries.map { (Node($0.key, Tags.str, style(for: $0.key)), yamsNode($0.value)) }
            return .mapping(Node.Mapping(pairs, Tags.map, .block))
        }
    }

    /// Tags made once. Yams's `Constructor.default` builds a new constructor
    /// (its tables of types) on every use, and a tag made with the defaults
    /// uses it: that was a seventh of capturing a long history. Explicit
    /// tags are never changed after they are made, so nodes share them.
    enum Tags {
        nonisolated(unsafe) static let constructor = Constructor.default
        nonisolated(unsafe) static let str = Tag(.str, .default, constructor)
        nonisolated(unsafe) static let null = Tag(.null, .default, constructor)
        nonisolated(unsafe) static let seq = Tag(.seq, .default, constructor)
        nonisolated(unsafe) static let map = Tag(.map, .default, constructor)
    }

    /// `2026-01-05` or `2026-01-05T11:00:00+01:00` (also `Z`): YAML 1.1
    /// timestamps, so they need quotes. A cheap check for the commonest case.
    static func isTimestamp(_ text: String) -> Bool {
        // The length first: every scalar written is asked, and few have a timestamp's.
        guard [10, 20, 25].contains(text.utf8.count) else { return false }
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 } }
        guard digits(0..<4), bytes[4] == 0x2D, digits(5..<7), bytes[7] == 0x2D, digits(8..<10) else { return false }
        if bytes.count == 10 { return true }
        guard bytes[10] == 0x54, digits(11..<13), bytes[13] == 0x3A, digits(14..<16), bytes[16] == 0x3A, digits(17..<19)
        else { return false }
        if bytes.count == 20 { return bytes[19] == 0x5A }
        return (bytes[19] == 0x2B || bytes[19] == 0x2D) && digits(20..<22) && bytes[22] == 0x3A && digits(23..<25)
    }

    /// Hexadecimal digits with a letter other than `e` (a commit id): no YAML
    /// 1.1 number, boolean, null or timestamp looks like that without `0x`.
    static func isHexWord(_ text: String) -> Bool {
        var letter = false
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39: continue
            case 0x61...0x64, 0x66: letter = true
            case 0x65: continue
            default: return false
            }
        }
        return letter
    }

    /// Whether `text` holds `"\n"` as Foundation's `contains` finds it, on
    /// the bytes unless a carriage return is there too (which Foundation may
    /// take together with a line feed): asking Foundation of every scalar was
    /// most of writing a captured history.
    static func hasLineBreak(_ text: String) -> Bool {
        guard text.utf8.contains(0x0A) else { return false }
        return text.utf8.contains(0x0D) ? text.contains("\n") : true
    }

    /// The scalar style that reads back as the same string.
    static func style(for text: String) -> Node.Scalar.Style {
        if hasLineBreak(text) {
            // A literal block cannot hold trailing spaces on a line or leading
            // blank lines faithfully; quote those.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let literalSafe =
                !text.hasPrefix(" ") && !text.hasPrefix("\n")
                && lines.allSatisfy { !$0.hasSuffix(" ") && !$0.hasSuffix("\t") }
                && !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" })
            return literalSafe ? .literal : .doubleQuoted
        }
        if text.isEmpty { return .doubleQuoted }
        // A plain scalar that would resolve to another type must be quoted.
        // Timestamps and commit ids are answered here, before the reader's
        // resolution would hand them to Yams's regular expressions.
        if isTimestamp(text) { return .doubleQuoted }
        if isHexWord(text) { return .any }
        // The reader's resolution is Yams's, but for `=` (its value rule), which
        // the reader keeps a string and Yams would not read back as one.
        if text == "=" || YAMLReader.value(of: text, plain: true) != .string(text) { return .doubleQuoted }
        return .any
    }
}
