import AraPDF

/// The running text split at section headings, as paragraphs with pages.
struct PaperSection: Sendable {
    var heading: String
    var number: String
    var level: Int
    /// Paragraphs in order, each with the page it starts on.
    var paragraphs: [(page: Int, text: String)]
}

enum PaperText {
    /// Splits the flow into sections. Text before the first heading goes
    /// into a section titled `Front matter`. Lines of page 1 that are part
    /// of the title or are affiliation lines (`titleBlock`) are never
    /// headings (`A Survey of …`, `1 School of Informatics`).
    static func sections(flow: [TextLine], bodySize: Double, titleBlock: TitleBlock? = nil) -> [PaperSection] {
        let title = titleBlock?.title ?? ""
        let affiliations = Set(titleBlock?.affiliations ?? [])
        func titleBlockLine(_ line: TextLine) -> Bool {
            line.page == 1 && (!title.isEmpty && title.contains(line.text) || affiliations.contains(line.text))
        }
        var sections: [PaperSection] = [PaperSection(heading: "Front matter", number: "", level: 1, paragraphs: [])]
        var paragraph: [TextLine] = []
        let compounds = Prose.compounds(in: flow)
        func flush() {
            guard let first = paragraph.first else { return }
            sections[sections.count - 1].paragraphs.append(
                (first.page, Prose.join(paragraph.map(\.text), compounds: compounds)))
            paragraph.removeAll()
        }
        for (index, line) in flow.enumerated() {
            if !titleBlockLine(line), let heading = SectionHeading.parse(line, bodySize: bodySize) {
                flush()
                sections.append(
                    PaperSection(heading: heading.text, number: heading.number, level: heading.level, paragraphs: []))
                continue
            }
            if let last = paragraph.last, startsParagraph(line, after: last),
                !continuesInNextColumn(line, after: paragraph, next: index + 1 < flow.count ? flow[index + 1] : nil)
            {
                flush()
            }
            paragraph.append(line)
        }
        flush()
        if sections[0].paragraphs.isEmpty { sections.removeFirst() }
        return sections
    }

    /// A new paragraph: another page or column, a wider gap than the line
    /// pitch, another type size, or an indented first line.
    static func startsParagraph(_ line: TextLine, after last: TextLine) -> Bool {
        if line.page != last.page { return true }
        let pitch = line.box.y0 - last.box.y0
        if pitch < 0 || pitch > max(line.fontSize, last.fontSize) * 1.6 { return true }
        if abs(line.fontSize - last.fontSize) > 0.6 { return true }
        if abs(line.box.x0 - last.box.x0) > line.fontSize * 8 { return true }
        return line.box.x0 - last.box.x0 > line.fontSize * 0.6
    }

    /// A paragraph running on into the next column of the same page: its last
    /// line is as wide as its widest (it did not end there), the new line is
    /// the same size and lies above it, and the new line is not indented (it
    /// starts no further right than the line after it).
    static func continuesInNextColumn(_ line: TextLine, after paragraph: [TextLine], next: TextLine?) -> Bool {
        guard let last = paragraph.last, line.page == last.page, line.box.y0 < last.box.y0,
            abs(line.box.x0 - last.box.x0) > line.fontSize * 8, abs(line.fontSize - last.fontSize) <= 0.6
        else { return false }
        let widest = paragraph.map(\.box.width).max() ?? 0
        guard last.box.width >= widest - line.fontSize, let next, next.page == line.page,
            line.box.x0 - next.box.x0 < line.fontSize * 0.5, next.box.y0 > line.box.y0
        else { return false }
        return true
    }
}
