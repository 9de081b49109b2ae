import CCMarkGFM

/// One block of a parsed Markdown document, as cmark-gfm reports it.
struct CMarkBlock {
    enum Kind: Equatable {
        case heading(level: Int)
        case paragraph
        case list(bullet: Bool)
        case table(GFMTable)
        case other
    }

    var kind: Kind
    /// 1-based, inclusive, in the text that was parsed.
    var startLine: Int
    var endLine: Int
    /// For lists: each item's line span.
    var items: [ClosedRange<Int>] = []
}

/// A GFM table's cells as plain text (emphasis and code marks removed).
public struct GFMTable: Hashable, Sendable {
    public var header: [String]
    public var rows: [[String]]
    /// 1-based line of each row in the parsed text, header first.
    public var rowLines: [Int]
}

/// Parses Markdown with cmark-gfm (and its table extension) and hands back
/// the top-level blocks with their line spans. The C tree is freed before
/// this returns.
enum CMarkTree {
    static func blocks(of text: String) -> [CMarkBlock] {
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return [] }
        defer { cmark_parser_free(parser) }
        CMarkExtensions.attach(["table"], to: parser)
        text.utf8CString.withUnsafeBufferPointer { buffer in
            // Drop the terminating NUL that utf8CString adds.
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        guard let document = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(document) }

        var result: [CMarkBlock] = []
        var child = cmark_node_first_child(document)
        while let node = child {
            result.append(block(node))
            child = cmark_node_next(node)
        }
        return placingSplitParagraphs(result)
    }

    /// When a table's header row follows a paragraph's lines with no blank
    /// line between (`Source: p. 4` then `| a | b |`), cmark-gfm's table
    /// extension (0.29.0.gfm.6) splits the paragraph off as a new node with no
    /// position (line 0) and reports the table, header row included, from the
    /// paragraph's first line. The reader read line -1 of the file and
    /// crashed. The header is the line before the delimiter row, which is the
    /// line before the first body row (or the table's last line): the
    /// paragraph is put on the lines above it.
    static func placingSplitParagraphs(_ blocks: [CMarkBlock]) -> [CMarkBlock] {
        var result = blocks
        for index in result.indices.dropLast() where result[index].startLine < 1 {
            guard case .paragraph = result[index].kind, case .table(var table) = result[index + 1].kind else {
                continue
            }
            let tableStart = result[index + 1].startLine
            let delimiterLine = table.rowLines.count > 1 ? table.rowLines[1] - 1 : result[index + 1].endLine
            let headerLine = delimiterLine - 1
            guard tableStart >= 1, headerLine > tableStart else { continue }
            result[index].startLine = tableStart
            result[index].endLine = headerLine - 1
            if !table.rowLines.isEmpty { table.rowLines[0] = headerLine }
            result[index + 1].kind = .table(table)
            result[index + 1].startLine = headerLine
        }
        return result
    }

    private static func block(_ node: OpaquePointer) -> CMarkBlock {
        let start = Int(cmark_node_get_start_line(node))
        let end = max(start, Int(cmark_node_get_end_line(node)))
        let typeName = String(cString: cmark_node_get_type_string(node))
        switch typeName {
        case "heading":
            return CMarkBlock(
                kind: .heading(level: Int(cmark_node_get_heading_level(node))), startLine: start, endLine: end)
        case "paragraph":
            return CMarkBlock(kind: .paragraph, startLine: start, endLine: end)
        case "list":
            var items: [ClosedRange<Int>] = []
            var item = cmark_node_first_child(node)
            while let current = item {
                let itemStart = Int(cmark_node_get_start_line(current))
                let itemEnd = max(itemStart, Int(cmark_node_get_end_line(current)))
                items.append(itemStart...itemEnd)
                item = cmark_node_next(current)
            }
            let bullet = cmark_node_get_list_type(node) == CMARK_BULLET_LIST
            return CMarkBlock(kind: .list(bullet: bullet), startLine: start, endLine: end, items: items)
        case "table":
            return CMarkBlock(kind: .table(table(node)), startLine: start, endLine: end)
        default:
            return CMarkBlock(kind: .other, startLine: start, endLine: end)
        }
    }

    private static func table(_ node: OpaquePointer) -> GFMTable {
        var header: [String] = []
        var rows: [[String]] = []
        var lines: [Int] = []
        var row = cmark_node_first_child(node)
        while let current = row {
            var cells: [String] = []
            var cell = cmark_node_first_child(current)
            while let currentCell = cell {
                cells.append(plainText(currentCell).trimmingWhitespace())
                cell = cmark_node_next(currentCell)
            }
            lines.append(Int(cmark_node_get_start_line(current)))
            if String(cString: cmark_node_get_type_string(current)) == "table_header" {
                header = cells
            } else {
                rows.append(cells)
            }
            row = cmark_node_next(current)
        }
        return GFMTable(header: header, rows: rows, rowLines: lines)
    }

    /// The text of an inline subtree without Markdown marks.
    static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        if let literal = cmark_node_get_literal(node) {
            let type = String(cString: cmark_node_get_type_string(node))
            if type == "text" || type == "code" || type == "html_inline" {
                text += String(cString: literal)
            }
        }
        let type = String(cString: cmark_node_get_type_string(node))
        if type == "softbreak" || type == "linebreak" { text += " " }
        var child = cmark_node_first_child(node)
        while let current = child {
            text += plainText(current)
            child = cmark_node_next(current)
        }
        return text
    }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without leading and trailing spaces, tabs and newlines.
    public func trimmingWhitespace() -> String {
        // Most text is trimmed of ASCII spaces only: found on the bytes and
        // cut once. Where the first or last byte kept is not ASCII (a
        // no-break space, an em space) the scalar path below decides.
        let isSpace = { (byte: UInt8) in byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        // Both ends are found from their own side: walking the whole text to
        // its last byte made trimming a long field cost more than reading it.
        guard let firstByte = utf8.firstIndex(where: { !isSpace($0) }),
            let lastByte = utf8.lastIndex(where: { !isSpace($0) })
        else { return "" }
        if utf8[firstByte] < 0x80, utf8[lastByte] < 0x80 {
            if firstByte == utf8.startIndex, utf8.index(after: lastByte) == utf8.endIndex { return String(self) }
            return String(self[firstByte...lastByte])
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
