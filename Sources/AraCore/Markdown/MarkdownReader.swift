/// Reads a Markdown file into a ``MarkdownDocument``.
///
/// cmark-gfm finds the block structure (headings, lists, paragraphs, tables,
/// code); this reader maps those blocks onto fields and text by line ranges,
/// so every value is the author's own Markdown, byte for byte. Lines that no
/// cmark block covers (link reference definitions) are kept as text.
public struct MarkdownReader: Sendable {
    public var vocabulary: FieldVocabulary
    /// When set, a level-2/3 heading without an id of one of these prefixes is reported (R015).
    public var expectedIDPrefixes: Set<String>
    public var limits: ReadLimits

    public init(
        vocabulary: FieldVocabulary = .none, expectedIDPrefixes: Set<String> = [], limits: ReadLimits = .default
    ) {
        self.vocabulary = vocabulary
        self.expectedIDPrefixes = expectedIDPrefixes
        self.limits = limits
    }

    /// The document, its GFM tables (row lines in file lines), and diagnostics.
    public func read(_ file: TextFile) -> (document: MarkdownDocument, tables: [GFMTable], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        // Split on bytes: splitting a String on Characters runs grapheme
        // breaking over the whole file, several times slower.
        let lines = file.text.linesAtLineFeeds()
        var document = MarkdownDocument(path: file.path)
        var bodyStart = 0

        if let first = lines.first, first.trimmingWhitespace() == "---" {
            if let close = lines.indices.dropFirst().first(where: {
                ["---", "..."].contains(lines[$0].trimmingWhitespace())
            }) {
                let yaml = lines[1..<close].joined(separator: "\n")
                let result = YAMLReader(limits: limits).read(yaml, path: file.path, lineOffset: 1)
                diagnostics += result.diagnostics
                if let node = result.node {
                    if node.mapping == nil {
                        diagnostics.append(
                            Diagnostic(
                                .frontMatter, at: node.location, "front matter is not a mapping of keys to values"))
                    }
                    document.frontMatter = node
                } else if result.diagnostics.isEmpty {
                    document.frontMatter = YAMLNode(
                        .mapping([]), origin: Origin(SourceLocation(path: file.path, line: 1, column: 1)))
                } else {
                    // Front matter that does not parse is kept verbatim as text,
                    // so writing the document back never erases it.
                    let raw = lines[0...close].joined(separator: "\n")
                    let origin = Origin(SourceLocation(path: file.path, line: 1, column: 1))
                    document.preamble.append(.text(MarkdownText(text: raw, origin: origin)))
                }
                bodyStart = close + 1
            } else {
                diagnostics.append(
                    Diagnostic(
                        .frontMatter, at: SourceLocation(path: file.path, line: 1, column: 1),
                        "front matter opened with '---' is never closed; add a '---' line after the last key"))
            }
        }

        let body = lines[bodyStart...].joined(separator: "\n")
        var builder = Builder(lines: lines, path: file.path, vocabulary: vocabulary)
        let blocks = CMarkTree.blocks(of: body)
        builder.build(blocks: blocks, lineOffset: bodyStart)
        let tables: [GFMTable] = blocks.compactMap { block in
            guard case .table(var table) = block.kind else { return nil }
            table.rowLines = table.rowLines.map { $0 + bodyStart }
            return table
        }
        document.preamble += builder.preamble
        document.sections = builder.sections

        if !expectedIDPrefixes.isEmpty {
            for section in document.sections where section.level >= 2 {
                let prefix = section.heading.id.map(BlockID.prefix(of:))
                if prefix.map({ !expectedIDPrefixes.contains($0) }) ?? true {
                    diagnostics.append(
                        Diagnostic(
                            .sectionWithoutID, at: section.location,
                            "heading '\(section.heading.canonicalText)' has no \(expectedIDPrefixes.sorted().joined(separator: "/")) id; kept as a free section"
                        ))
                }
            }
        }
        return (document, tables, diagnostics)
    }
}

extension MarkdownReader {
    /// Accumulates sections and items while walking the blocks in order.
    struct Builder {
        let lines: [String]
        let path: String
        let vocabulary: FieldVocabulary
        var preamble: [MarkdownItem] = []
        var sections: [MarkdownSection] = []
        /// 0-based inclusive line range of text not yet emitted.
        var pendingText: ClosedRange<Int>?
        /// 0-based index of the first line not yet accounted for.
        var cursor = 0

        init(lines: [String], path: String, vocabulary: FieldVocabulary) {
            self.lines = lines
            self.path = path
            self.vocabulary = vocabulary
        }

        mutating func build(blocks: [CMarkBlock], lineOffset: Int) {
            cursor = lineOffset
            var index = 0
            while index < blocks.count {
                let block = blocks[index]
                // A block cmark-gfm left without a position (line 0) that
                // CMarkTree could not place: its lines stay text, kept by the
                // gap before the next block.
                guard block.startLine >= 1 else {
                    index += 1
                    continue
                }
                // cmark lines are 1-based in the body; ours are 0-based in the file.
                let start = block.startLine - 1 + lineOffset
                // cmark and this reader split lines alike (the decoder unified
                // CR and CRLF); a block past the end would still be a bug, not a crash.
                guard start < lines.count else { break }
                let end = min(block.endLine - 1 + lineOffset, lines.count - 1)
                coverGap(upTo: start)
                switch block.kind {
                case .heading(let level) where level <= 3:
                    flushText()
                    openSection(level: level, start: start, end: end)
                case .list(bullet: true):
                    for item in block.items {
                        let itemStart = item.lowerBound - 1 + lineOffset
                        guard itemStart < lines.count else { break }
                        let itemEnd = min(item.upperBound - 1 + lineOffset, lines.count - 1)
                        coverGap(upTo: itemStart)
                        if let label = FieldLabel.parse(lines[itemStart], listItem: true) {
                            flushText()
                            append(.field(listField(label, start: itemStart, end: itemEnd)))
                        } else {
                            extendText(itemStart...itemEnd)
                        }
                        cursor = itemEnd + 1
                    }
                case .paragraph:
                    guard FieldLabel.parse(lines[start], listItem: false) != nil else {
                        extendText(start...end)
                        break
                    }
                    flushText()
                    var fields = paragraphFields(start: start, end: end)
                    // `**Sources:**` alone on its line, then a list: the list is the value.
                    if fields.last?.value.isEmpty == true, index + 1 < blocks.count,
                        case .list(bullet: true) = blocks[index + 1].kind
                    {
                        let list = blocks[index + 1]
                        let listStart = list.startLine - 1 + lineOffset
                        let listEnd = min(list.endLine - 1 + lineOffset, lines.count - 1)
                        if !hasContent(in: (end + 1)..<listStart) {
                            let listLines = Self.dedent(Array(lines[listStart...listEnd]), by: 3)
                            fields[fields.count - 1].value =
                                "\n" + listLines.joined(separator: "\n").trimmingTrailingWhitespace()
                            index += 1
                            cursor = listEnd + 1
                        }
                    }
                    for field in fields { append(.field(field)) }
                default:
                    extendText(start...end)
                }
                cursor = max(cursor, end + 1)
                index += 1
            }
            coverGap(upTo: lines.count)
            flushText()
        }

        // MARK: Sections

        mutating func openSection(level: Int, start: Int, end: Int) {
            let raw = Self.headingText(lines: Array(lines[start...end]))
            let origin = Origin(SourceLocation(path: path, line: start + 1, column: 1))
            let heading = HeadingParser.parse(raw, origin: origin)
            sections.append(MarkdownSection(level: level, heading: heading, origin: origin))
        }

        static func headingText(lines: [String]) -> String {
            guard let first = lines.first else { return "" }
            let trimmed = first.trimmingWhitespace()
            if trimmed.hasPrefix("#") {
                var text = Substring(trimmed.drop(while: { $0 == "#" }))
                // An optional closing sequence of #s after a space is not part of the heading.
                if let lastNonHash = text.lastIndex(where: { $0 != "#" }),
                    text[lastNonHash] == " " || text[lastNonHash] == "\t"
                {
                    if lastNonHash < text.index(before: text.endIndex) { text = text[...lastNonHash] }
                }
                return text.trimmingWhitespace()
            }
            // Setext: every line but the underline.
            return lines.dropLast().map { $0.trimmingWhitespace() }.joined(separator: " ")
        }

        // MARK: Items

        mutating func append(_ item: MarkdownItem) {
            if sections.isEmpty {
                preamble.append(item)
            } else {
                sections[sections.count - 1].items.append(item)
            }
        }

        func hasContent(in range: Range<Int>) -> Bool {
            range.contains { !lines[$0].trimmingWhitespace().isEmpty }
        }

        /// Lines between the last block and the next that cmark reported in no
        /// block (link reference definitions): kept as text.
        mutating func coverGap(upTo next: Int) {
            let upper = min(next, lines.count)
            let filled = { (index: Int) in !lines[index].trimmingWhitespace().isEmpty }
            if cursor < upper, let first = (cursor..<upper).first(where: filled),
                let last = (cursor..<upper).last(where: filled)
            {
                extendText(first...last)
            }
            cursor = max(cursor, upper)
        }

        mutating func extendText(_ range: ClosedRange<Int>) {
            if let pending = pendingText {
                pendingText = pending.lowerBound...max(pending.upperBound, range.upperBound)
            } else {
                pendingText = range
            }
        }

        mutating func flushText() {
            guard let range = pendingText else { return }
            pendingText = nil
            let text = Self.dedent(Array(lines[range]), by: 3).joined(separator: "\n").trimmingTrailingWhitespace()
            guard !text.isEmpty else { return }
            append(
                .text(
                    MarkdownText(
                        text: text, origin: Origin(SourceLocation(path: path, line: range.lowerBound + 1, column: 1)))))
        }

        func listField(_ label: FieldLabel, start: Int, end: Int) -> MarkdownField {
            let rest = start < end ? Self.stripIndent(Array(lines[(start + 1)...end]), upTo: label.contentIndent) : []
            return field(label, firstLine: String(lines[start][label.valueStart...]), rest: rest, line: start)
        }

        func paragraphFields(start: Int, end: Int) -> [MarkdownField] {
            var fields: [MarkdownField] = []
            var current: (label: FieldLabel, line: Int, rest: [String])?
            for index in start...end {
                if let label = FieldLabel.parse(lines[index], listItem: false) {
                    if let open = current {
                        fields.append(
                            field(
                                open.label, firstLine: String(lines[open.line][open.label.valueStart...]),
                                rest: open.rest, line: open.line))
                    }
                    current = (label, index, [])
                } else {
                    current?.rest.append(lines[index])
                }
            }
            if let open = current {
                fields.append(
                    field(
                        open.label, firstLine: String(lines[open.line][open.label.valueStart...]), rest: open.rest,
                        line: open.line))
            }
            return fields
        }

        func field(_ label: FieldLabel, firstLine: String, rest: [String], line: Int) -> MarkdownField {
            let head = firstLine.trimmingWhitespace()
            var value = ([head] + rest).joined(separator: "\n").trimmingTrailingWhitespace()
            if head.isEmpty, !value.isEmpty { value = "\n" + value.drop(while: { $0 == "\n" }) }
            let name = vocabulary.canonical(label.name)
            let canonicalLabel = label.listItem && label.colonOutside && name == label.name
            return MarkdownField(
                name: name, value: value,
                origin: Origin(
                    SourceLocation(path: path, line: line + 1, column: label.column),
                    spelling: canonicalLabel ? nil : label.spelling))
        }

        /// Removes up to `limit` leading spaces from each line on its own (list
        /// item continuation lines, where lazy lines carry no indentation).
        static func stripIndent(_ lines: [String], upTo limit: Int) -> [String] {
            lines.map { line in
                let spaces = line.prefix(while: { $0 == " " }).count
                return String(line.dropFirst(min(spaces, limit)))
            }
        }

        /// Removes up to `limit` columns of leading spaces that every non-blank line shares.
        static func dedent(_ lines: [String], by limit: Int) -> [String] {
            let indents = lines.filter { !$0.trimmingWhitespace().isEmpty }.map {
                $0.prefix(while: { $0 == " " }).count
            }
            let shared = min(limit, indents.min() ?? 0)
            guard shared > 0 else { return lines }
            return lines.map { line in
                let spaces = line.prefix(while: { $0 == " " }).count
                return String(line.dropFirst(min(spaces, shared)))
            }
        }
    }
}

extension String {
    /// The string without trailing spaces, tabs and newlines.
    func trimmingTrailingWhitespace() -> String {
        guard let last = unicodeScalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(unicodeScalars[...last])
    }
}
