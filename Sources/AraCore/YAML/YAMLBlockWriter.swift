import CYaml

/// Writes, straight into bytes, the text libyaml's emitter writes for the
/// nodes AraKit's files are mostly made of, or nil for anything it is not
/// sure of; ``YAMLWriter`` then asks libyaml.
///
/// What it writes is libyaml's (indent 2, width 100, block collections):
/// keys and items at libyaml's indents (a sequence under a key is not
/// indented, an empty collection is `{}` or `[]`), and one-line scalars in
/// the style libyaml picks: plain where its analysis allows, else single
/// quotes, or double quotes where asked. It declines a scalar at the root,
/// any byte outside printable ASCII (libyaml counts columns in characters
/// and escapes controls), a line break (block scalars), an empty plain
/// scalar, and a scalar that would end past column 100 (where libyaml
/// folds it). Feeding libyaml events cost a million instructions for each
/// session record a capture writes; `YAMLBlockWriterTests` compares both
/// on every corpus file and on generated trees.
struct YAMLBlockWriter {
    static let width = 100
    private var bytes: [UInt8] = []
    /// Where the current line starts in `bytes`, for columns.
    private var lineStart = 0

    /// The document's text, ending with a line break, or nil.
    static func document(_ node: YAMLNode) -> String? {
        var writer = YAMLBlockWriter()
        switch node.value {
        case .mapping(let entries) where !entries.isEmpty:
            guard writer.mapping(entries, indent: 0, inline: true) else { return nil }
        case .sequence(let items) where !items.isEmpty:
            guard writer.sequence(items, indent: 0, inline: true) else { return nil }
        default:
            return nil
        }
        writer.bytes.append(UInt8(ascii: "\n"))
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Keys at `indent`; the first on the current line when `inline`.
    private mutating func mapping(_ entries: [YAMLEntry], indent: Int, inline: Bool) -> Bool {
        for (index, entry) in entries.enumerated() {
            if index > 0 || !inline { newLine(indent) }
            guard scalar(entry.key, nil) else { return false }
            bytes.append(UInt8(ascii: ":"))
            guard value(entry.value, indent: indent) else { return false }
        }
        return true
    }

    /// Items at `indent`; the first on the current line when `inline`.
    private mutating func sequence(_ items: [YAMLNode], indent: Int, inline: Bool) -> Bool {
        for (index, item) in items.enumerated() {
            if index > 0 || !inline { newLine(indent) }
            bytes += "- ".utf8
            switch item.value {
            case .mapping(let entries) where !entries.isEmpty:
                guard mapping(entries, indent: indent + 2, inline: true) else { return false }
            case .sequence(let nested) where !nested.isEmpty:
                guard sequence(nested, indent: indent + 2, inline: true) else { return false }
            default:
                guard leaf(item) else { return false }
            }
        }
        return true
    }

    /// A mapping's value, after its key's colon.
    private mutating func value(_ node: YAMLNode, indent: Int) -> Bool {
        switch node.value {
        case .mapping(let entries) where !entries.isEmpty:
            return mapping(entries, indent: indent + 2, inline: false)
        case .sequence(let items) where !items.isEmpty:
            return sequence(items, indent: indent, inline: false)
        default:
            bytes.append(UInt8(ascii: " "))
            return leaf(node)
        }
    }

    /// A scalar or an empty collection, where the cursor is.
    private mutating func leaf(_ node: YAMLNode) -> Bool {
        switch node.value {
        case .null: return scalar("null", YAML_ANY_SCALAR_STYLE)
        case .plain(let text): return scalar(text, YAML_PLAIN_SCALAR_STYLE)
        case .string(let text): return scalar(text, nil)
        case .mapping: bytes.append(contentsOf: "{}".utf8)
        case .sequence: bytes.append(contentsOf: "[]".utf8)
        }
        return true
    }

    /// One scalar in the style libyaml picks for `requested` (for a string,
    /// the style ``YAMLWriter`` asks for), or false.
    private mutating func scalar(_ text: String, _ requested: yaml_scalar_style_t?) -> Bool {
        let written = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return false }
            switch requested ?? YAMLWriter.lineStyle(for: utf8, of: text) {
            case YAML_ANY_SCALAR_STYLE, YAML_PLAIN_SCALAR_STYLE:
                guard !utf8.isEmpty else { return false }
                if Self.allowsPlain(utf8) { bytes.append(contentsOf: utf8) } else { singleQuoted(utf8) }
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
                doubleQuoted(utf8)
            default:
                return false
            }
            return true
        }
        // The column it ends at: libyaml folds a scalar only past the width.
        return written == true && bytes.count - lineStart <= Self.width
    }

    /// libyaml's `block_plain_allowed` for a one-line printable ASCII text
    /// (yaml_emitter_analyze_scalar): no leading or trailing space, no
    /// document marker, no indicator where it would be read as one.
    static func allowsPlain(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = text.first, let last = text.last, first != 0x20, last != 0x20 else { return false }
        let followedBySpace = { (index: Int) in index + 1 == text.count || text[index + 1] == 0x20 }
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "."):
            if text.count >= 3, text[1] == first, text[2] == first { return false }
            if first == UInt8(ascii: "-"), followedBySpace(0) { return false }
        case UInt8(ascii: "?"), UInt8(ascii: ":"):
            if followedBySpace(0) { return false }
        case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
            UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
            UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
            UInt8(ascii: "`"):
            return false
        default:
            break
        }
        for index in 1..<text.count {
            switch text[index] {
            case UInt8(ascii: ":") where followedBySpace(index): return false
            case UInt8(ascii: "#") where text[index - 1] == 0x20: return false
            default: continue
            }
        }
        return true
    }

    private mutating func singleQuoted(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "'"))
        for byte in text {
            bytes.append(byte)
            if byte == UInt8(ascii: "'") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "'"))
    }

    private mutating func doubleQuoted(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func newLine(_ indent: Int) {
        if !bytes.isEmpty { bytes.append(UInt8(ascii: "\n")) }
        lineStart = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    }
}
