/// Reads the plain block YAML that bundle files are written in, straight from
/// the bytes, and gives up (`nil`) on anything else.
///
/// libyaml decodes, scans and parses every character through several layers
/// of tokens and events: reading YAML was a third of a review. Bundle files
/// use a small part of YAML: block mappings and sequences, one-line plain and
/// quoted scalars, one-line flow sequences and `>`/`|` block scalars. This
/// reader takes exactly those, with libyaml's values and marks (lines, and
/// columns counted in characters), and returns `nil` at the first thing it
/// is not sure of: a tab, a carriage return, a multi-line plain or quoted
/// scalar, an anchor, a tag, a flow mapping, a repeated key, a document
/// marker, an escape other than `\"` and `\\`, nesting past the limit. That
/// text goes to ``YAMLEventReader`` and libyaml as before, so every rare form
/// keeps the node and the diagnostics it had. `YAMLBlockReaderTests` holds
/// the two readers to the same nodes and marks.
struct YAMLBlockReader {
    let path: String
    let lineOffset: Int
    let maxDepth: Int

    func read(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
        guard var parser = BlockParser(bytes: bytes, reader: self) else { return nil }
        return parser.document()
    }

    /// Whether the non-ASCII character at `index` is one libyaml reads as
    /// any other: not a C1 control or NEL (U+0080–U+009F), a line or
    /// paragraph separator (U+2028, U+2029), a byte order mark or a
    /// non-character (U+FFFE, U+FFFF).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        let third = index + 2 < bytes.count ? bytes[index + 2] : 0
        switch bytes[index] {
        case 0xC2: return next >= 0xA0
        case 0xE2: return !(next == 0x80 && (third == 0xA8 || third == 0xA9))
        case 0xEF: return !(next == 0xBB && third == 0xBF || next == 0xBF && third >= 0xBE)
        default: return true
        }
    }

    func origin(line: Int, column: Int) -> Origin {
        Origin(SourceLocation(path: path, line: line + 1 + lineOffset, column: column + 1))
    }
}

/// Bytes that may not start a plain scalar or a key (YAML's indicators).
private let indicators = Set("-?:,[]{}#&*!|>'\"%@`".utf8)

/// The parser proper: a line at a time, each node told the indentation of
/// the collection it belongs to. Every method returns `nil` to give up.
private struct BlockParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let reader: YAMLBlockReader
    /// Each line's bytes, without its line feed.
    let lines: [Range<Int>]
    /// Whether the last line ends with a line feed.
    let endsWithNewline: Bool
    /// Whether every byte is ASCII, so that columns count bytes.
    let isASCII: Bool
    /// The line being read.
    var row = 0
    /// Collections open around the node being read.
    var depth = 0

    /// Cuts the text into lines in one pass over its bytes; `nil` for text
    /// with a character libyaml reads differently: a tab, a carriage return
    /// or another control, or one that ``YAMLBlockReader/isPlain(_:at:)`` refuses.
    init?(bytes: UnsafeBufferPointer<UInt8>, reader: YAMLBlockReader) {
        var lines: [Range<Int>] = []
        var start = 0
        var isASCII = true
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F { continue }
            if byte == 0x0A {
                lines.append(start..<index)
                start = index + 1
                continue
            }
            guard byte >= 0x80, YAMLBlockReader.isPlain(bytes, at: index) else { return nil }
            isASCII = false
        }
        if start < bytes.count { lines.append(start..<bytes.count) }
        self.bytes = bytes
        self.reader = reader
        self.lines = lines
        self.isASCII = isASCII
        endsWithNewline = bytes.last == 0x0A
    }

    mutating func document() -> YAMLNode? {
        skipBlankLines()
        // A document marker or directive (`---`, `%YAML`) starts with an
        // indicator, so it is neither a key nor an entry: libyaml reads it.
        guard row < lines.count, indentation(row) == 0 else { return nil }
        guard let root = collection(at: 0) else { return nil }
        skipBlankLines()
        return row == lines.count ? root : nil
    }

    // MARK: Lines

    func byte(_ row: Int, _ column: Int) -> UInt8? {
        let line = lines[row]
        return line.lowerBound + column < line.upperBound ? bytes[line.lowerBound + column] : nil
    }

    func indentation(_ row: Int) -> Int {
        var column = 0
        while byte(row, column) == 0x20 { column += 1 }
        return column
    }

    /// A line of spaces only, or a comment.
    func isBlank(_ row: Int) -> Bool {
        let first = byte(row, indentation(row))
        return first == nil || first == UInt8(ascii: "#")
    }

    mutating func skipBlankLines() {
        while row < lines.count, isBlank(row) { row += 1 }
    }

    /// Whether a sequence entry (`-` then a space or the line's end) starts at `column`.
    func isEntry(_ row: Int, _ column: Int) -> Bool {
        byte(row, column) == UInt8(ascii: "-") && (byte(row, column + 1) ?? 0x20) == 0x20
    }

    /// libyaml's mark: the line, and the column in characters.
    func origin(_ row: Int, _ column: Int) -> Origin {
        let line = lines[row]
        guard !isASCII else { return reader.origin(line: row, column: column) }
        var characters = 0
        for index in line.lowerBound..<(line.lowerBound + column) where bytes[index] & 0xC0 != 0x80 {
            characters += 1
        }
        return reader.origin(line: row, column: characters)
    }

    func text(_ row: Int, _ range: Range<Int>) -> String {
        let start = lines[row].lowerBound
        return String(
            decoding: UnsafeBufferPointer(rebasing: bytes[(start + range.lowerBound)..<(start + range.upperBound)]),
            as: UTF8.self)
    }

    /// The column after the spaces from `column`.
    func skipSpaces(_ row: Int, _ column: Int) -> Int {
        var column = column
        while byte(row, column) == 0x20 { column += 1 }
        return column
    }

    /// Whether nothing but spaces, then perhaps a comment, follows `column`.
    func endsLine(_ row: Int, _ column: Int) -> Bool {
        let next = skipSpaces(row, column)
        guard let first = byte(row, next) else { return true }
        return first == UInt8(ascii: "#") && next > column
    }
}

// MARK: Collections

extension BlockParser {
    /// The block sequence or mapping whose first line starts at `column` of the current row.
    mutating func collection(at column: Int) -> YAMLNode? {
        guard depth < reader.maxDepth else { return nil }
        depth += 1
        defer { depth -= 1 }
        if isEntry(row, column) { return sequence(at: column) }
        return keyEnd(row, column) == nil ? nil : mapping(at: column)
    }

    /// Entries at `indent`, each `-` then a node.
    mutating func sequence(at indent: Int) -> YAMLNode? {
        let origin = origin(row, indent)
        var items: [YAMLNode] = []
        while row < lines.count, indentation(row) == indent, isEntry(row, indent) {
            let column = skipSpaces(row, indent + 1)
            // An empty entry or a comment after `-` is left to libyaml.
            guard let first = byte(row, column), first != UInt8(ascii: "#") else { return nil }
            guard let item = entryNode(at: column, indent: indent) else { return nil }
            items.append(item)
            skipBlankLines()
        }
        // A deeper line after the last entry continues a scalar or breaks the structure.
        if row < lines.count, indentation(row) > indent { return nil }
        return YAMLNode(.sequence(items), origin: origin)
    }

    /// A sequence entry's node: a mapping that starts on the entry's line, or an inline node.
    mutating func entryNode(at column: Int, indent: Int) -> YAMLNode? {
        if isEntry(row, column) { return nil }
        if keyEnd(row, column) != nil {
            guard depth < reader.maxDepth else { return nil }
            depth += 1
            defer { depth -= 1 }
            return mapping(at: column)
        }
        return inlineNode(at: column, indent: indent)
    }

    /// Keys at `indent`, each with its value.
    mutating func mapping(at indent: Int) -> YAMLNode? {
        let origin = origin(row, indent)
        var entries: [YAMLEntry] = []
        var keys: Set<String> = []
        while true {
            guard let colon = keyEnd(row, indent) else { return nil }
            let key = text(row, indent..<trimmedEnd(row, indent, colon))
            // A repeated key goes to Yams, which refuses it.
            guard keys.insert(key).inserted else { return nil }
            let keyOrigin = self.origin(row, indent)
            guard let value = mappingValue(after: colon, indent: indent) else { return nil }
            entries.append(YAMLEntry(key: key, value: value, keyOrigin: keyOrigin))
            skipBlankLines()
            guard row < lines.count else { break }
            let next = indentation(row)
            if next < indent { break }
            guard next == indent else { return nil }
        }
        return YAMLNode(.mapping(entries), origin: origin)
    }

    /// The value after a key's `:`: on the same line, on the lines below, or empty.
    mutating func mappingValue(after colon: Int, indent: Int) -> YAMLNode? {
        if !endsLine(row, colon + 1) { return inlineNode(at: skipSpaces(row, colon + 1), indent: indent) }
        // libyaml marks an empty value just after the `:`.
        let emptyOrigin = origin(row, colon + 1)
        row += 1
        skipBlankLines()
        guard row < lines.count else { return YAMLNode(.null, origin: emptyOrigin) }
        let next = indentation(row)
        if next > indent { return collection(at: next) }
        // An indentless sequence: entries at the key's own indentation.
        if next == indent, isEntry(row, next) {
            guard depth < reader.maxDepth else { return nil }
            depth += 1
            defer { depth -= 1 }
            return sequence(at: next)
        }
        return YAMLNode(.null, origin: emptyOrigin)
    }

    /// Where the `:` of a plain key that starts at `column` is, or `nil`
    /// when the line holds no such key.
    func keyEnd(_ row: Int, _ column: Int) -> Int? {
        guard let first = byte(row, column), !indicators.contains(first) else { return nil }
        var index = column + 1
        while let current = byte(row, index), index - column < 1_000 {
            if current == UInt8(ascii: ":"), (byte(row, index + 1) ?? 0x20) == 0x20 { return index }
            if current == UInt8(ascii: "#"), byte(row, index - 1) == 0x20 { return nil }
            index += 1
        }
        return nil
    }

    /// The end of the text before `end`, without trailing spaces.
    func trimmedEnd(_ row: Int, _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, byte(row, end - 1) == 0x20 { end -= 1 }
        return end
    }
}

// MARK: Scalars

extension BlockParser {
    /// A node written on one line from `column` (a block scalar continues
    /// below); `indent` is the collection's. Moves past the node's lines.
    mutating func inlineNode(at column: Int, indent: Int) -> YAMLNode? {
        guard let first = byte(row, column) else { return nil }
        let node: YAMLNode?
        switch first {
        case UInt8(ascii: "\""): node = quoted(at: column, double: true)
        case UInt8(ascii: "'"): node = quoted(at: column, double: false)
        case UInt8(ascii: "["): node = flowSequence(at: column, indent: indent)
        case UInt8(ascii: ">"), UInt8(ascii: "|"): return blockScalar(at: column, indent: indent)
        default: node = plain(at: column)
        }
        guard let node else { return nil }
        row += 1
        return node
    }

    /// A one-line plain scalar, to a comment or the line's end.
    func plain(at column: Int) -> YAMLNode? {
        guard let first = byte(row, column) else { return nil }
        // `-` may start a plain scalar (`-0.5`) when no space follows; no other indicator may.
        if indicators.contains(first), first != UInt8(ascii: "-") || (byte(row, column + 1) ?? 0x20) == 0x20 {
            return nil
        }
        var end = column
        while let current = byte(row, end) {
            if current == UInt8(ascii: "#"), byte(row, end - 1) == 0x20 { break }
            // `: ` inside a value is a mapping libyaml refuses here.
            if current == UInt8(ascii: ":"), (byte(row, end + 1) ?? 0x20) == 0x20 { return nil }
            end += 1
        }
        let scalar = text(row, column..<trimmedEnd(row, column, end))
        return YAMLNode(YAMLReader.value(of: scalar, plain: true), origin: origin(row, column))
    }

    /// A quoted scalar closed on its own line, with nothing but a comment after it.
    func quoted(at column: Int, double: Bool) -> YAMLNode? {
        guard let (scalar, end) = quotedText(at: column, double: double), endsLine(row, end) else { return nil }
        return YAMLNode(.string(scalar), origin: origin(row, column))
    }

    /// The text of the quoted scalar at `column` and the column after its closing quote.
    func quotedText(at column: Int, double: Bool) -> (String, Int)? {
        let quote = double ? UInt8(ascii: "\"") : UInt8(ascii: "'")
        // Most quoted text holds no escape: it is the bytes up to the closing quote.
        var end = column + 1
        while let current = byte(row, end), current != quote, current != UInt8(ascii: "\\") { end += 1 }
        if byte(row, end) == quote, double || byte(row, end + 1) != quote {
            return (text(row, (column + 1)..<end), end + 1)
        }
        var scalar: [UInt8] = []
        var index = column + 1
        while let current = byte(row, index) {
            if double, current == UInt8(ascii: "\\") {
                // Only the escapes that stand for themselves; the rest go to libyaml.
                guard let escaped = byte(row, index + 1), escaped == quote || escaped == current else { return nil }
                scalar.append(escaped)
                index += 2
                continue
            }
            if current == quote {
                guard !double, byte(row, index + 1) == quote else {
                    return (String(decoding: scalar, as: UTF8.self), index + 1)
                }
                scalar.append(quote)
                index += 2
                continue
            }
            scalar.append(current)
            index += 1
        }
        return nil
    }
}

// MARK: Flow sequences and block scalars

extension BlockParser {
    /// A flow sequence of scalars, `[a, "b", 'c']`, each scalar on one
    /// line; a sequence may break between scalars onto lines indented deeper
    /// than `indent`. Ends on the line of its `]`.
    mutating func flowSequence(at column: Int, indent: Int) -> YAMLNode? {
        guard depth < reader.maxDepth else { return nil }
        let origin = origin(row, column)
        var items: [YAMLNode] = []
        guard var index = flowNext(column + 1, indent: indent) else { return nil }
        if byte(row, index) == UInt8(ascii: "]") {
            return endsLine(row, index + 1) ? YAMLNode(.sequence([]), origin: origin) : nil
        }
        while true {
            // A trailing comma leaves `]` here, which no scalar starts with: libyaml reads that.
            guard let (item, end) = flowItem(at: index), let next = flowNext(end, indent: indent) else { return nil }
            items.append(item)
            if byte(row, next) == UInt8(ascii: "]") {
                return endsLine(row, next + 1) ? YAMLNode(.sequence(items), origin: origin) : nil
            }
            guard byte(row, next) == UInt8(ascii: ","), let following = flowNext(next + 1, indent: indent) else {
                return nil
            }
            index = following
        }
    }

    /// The column of the next token from `column` on, going on to the next
    /// line at a line's end; `nil` when that line is missing, empty or not
    /// indented deeper than `indent`.
    mutating func flowNext(_ column: Int, indent: Int) -> Int? {
        let next = skipSpaces(row, column)
        guard byte(row, next) == nil else { return next }
        guard row + 1 < lines.count, !lines[row + 1].isEmpty, indentation(row + 1) > indent else { return nil }
        row += 1
        let first = indentation(row)
        return byte(row, first) == nil ? nil : first
    }

    /// One scalar of a flow sequence and the column after it.
    func flowItem(at column: Int) -> (YAMLNode, Int)? {
        guard let first = byte(row, column) else { return nil }
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            guard let (scalar, end) = quotedText(at: column, double: first == UInt8(ascii: "\"")) else { return nil }
            return (YAMLNode(.string(scalar), origin: origin(row, column)), end)
        }
        guard !indicators.contains(first) else { return nil }
        var end = column
        while let current = byte(row, end), current != UInt8(ascii: ","), current != UInt8(ascii: "]") {
            // Pairs, comments, nested collections and quotes inside words are left to libyaml.
            if flowStops.contains(current) { return nil }
            end += 1
        }
        let scalar = text(row, column..<trimmedEnd(row, column, end))
        return (YAMLNode(YAMLReader.value(of: scalar, plain: true), origin: origin(row, column)), end)
    }

    /// A `>` or `|` block scalar (clipped, or stripped with `-`) indented
    /// deeper than `indent`; moves past its lines. Folding joins two lines
    /// with a space unless empty lines lie between them (each is a line
    /// break) or either is more indented (its break is kept), as libyaml does.
    mutating func blockScalar(at column: Int, indent: Int) -> YAMLNode? {
        let folded = byte(row, column) == UInt8(ascii: ">")
        let strip = byte(row, column + 1) == UInt8(ascii: "-")
        // Keep (`+`) and explicit indentation are left to libyaml, as is a first line that is empty.
        guard endsLine(row, column + (strip ? 2 : 1)), row + 1 < lines.count, !lines[row + 1].isEmpty else {
            return nil
        }
        let contentIndent = indentation(row + 1)
        guard contentIndent > indent, byte(row + 1, contentIndent) != nil else { return nil }
        var text: [UInt8] = []
        var last = row
        var empty = 0
        var previousIndented = false
        for line in (row + 1)..<lines.count {
            if lines[line].isEmpty {
                empty += 1
                continue
            }
            let lineIndent = indentation(line)
            // A line of spaces only is left to libyaml.
            guard byte(line, lineIndent) != nil else { return nil }
            if lineIndent < contentIndent { break }
            let indented = lineIndent > contentIndent
            if last > row {
                let folds = folded && !previousIndented && !indented
                let breaks = folds ? empty : empty + 1
                text += breaks == 0 ? [0x20] : [UInt8](repeating: 0x0A, count: breaks)
            }
            previousIndented = indented
            text += bytes[(lines[line].lowerBound + contentIndent)..<lines[line].upperBound]
            last = line
            empty = 0
        }
        if !strip, last < lines.count - 1 || endsWithNewline { text.append(0x0A) }
        let node = YAMLNode(.string(String(decoding: text, as: UTF8.self)), origin: origin(row, column))
        row = last + 1
        return node
    }
}

/// Bytes a plain scalar inside a flow sequence is not read with here.
private let flowStops = Set(":#[]{}\"'".utf8)
