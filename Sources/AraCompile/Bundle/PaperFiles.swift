import AraPDF

/// The bundle files that come from the PDF: paper text by section, tables,
/// figures, the evidence index, related work and staged claims.
struct PaperFiles {
    var content: PaperContent
    var titleBlock: TitleBlock
    var sections: [PaperSection]

    /// Files written, with the section-file path of each section (for citing lines).
    private(set) var files: [GeneratedFile] = []
    /// What the compiler could not fill, one line each.
    private(set) var pending: [String] = []
    private(set) var sectionFiles: [(path: String, heading: String)] = []
    private(set) var references: [Reference] = []
    private(set) var claims: [(text: String, place: String)] = []
    /// Sentences stating what did not work, with their place and page.
    private(set) var deadEnds: [(text: String, place: String)] = []

    init(content: PaperContent) {
        self.content = content
        titleBlock = TitleBlock.read(
            firstPage: content.firstPage, marginText: content.marginText, metadata: content.metadata,
            bodySize: content.bodySize)
        sections = PaperText.sections(flow: content.flow, bodySize: content.bodySize, titleBlock: titleBlock)
        // The lines live on as sections; holding both doubles memory on long papers.
        self.content.flow = []
        writeSections()
        writeTables()
        writeFigures()
        writeEvidenceIndex()
        writeRelatedWork()
    }

    /// The abstract verbatim: the Abstract section's paragraphs joined.
    var abstract: String? {
        guard let section = sections.first(where: { $0.heading.lowercased().hasPrefix("abstract") }) else {
            return nil
        }
        let text = section.paragraphs.map(\.text).joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    // MARK: Sections

    private mutating func writeSections() {
        // One file per top-level section; deeper sections are headings inside it.
        var groups: [[PaperSection]] = []
        for section in sections {
            if section.level == 1 || groups.isEmpty {
                groups.append([section])
            } else {
                groups[groups.count - 1].append(section)
            }
        }
        for (index, group) in groups.enumerated() {
            let head = group[0]
            let name = MarkdownText.slug(head.number.isEmpty ? head.heading : head.title(), words: 4)
            let path = "evidence/paper/\(String(index).leftPadded(to: 2))_\(name.isEmpty ? "section" : name).md"
            var lines: [String] = []
            var page = 0
            for (offset, section) in group.enumerated() {
                if offset > 0 { lines.append("") }
                lines.append(String(repeating: "#", count: min(section.level, 3)) + " " + section.heading)
                let lower = section.heading.lowercased()
                let references = lower.contains("reference") || lower.contains("bibliography")
                let harvest = ["abstract", "introduction", "conclusion"].contains { lower.contains($0) }
                for paragraph in section.paragraphs {
                    if paragraph.page != page {
                        lines.append("")
                        lines.append("<!-- page \(paragraph.page) -->")
                        page = paragraph.page
                    }
                    lines.append("")
                    lines.append(MarkdownText.paragraph(paragraph.text))
                    if harvest {
                        for sentence in ClaimCandidates.sentences(in: paragraph.text) {
                            claims.append((sentence, "\(path):\(lines.count)"))
                        }
                    }
                    if !references {
                        for sentence in ClaimCandidates.failures(in: paragraph.text) {
                            deadEnds.append((sentence, "\(path):\(lines.count), page \(paragraph.page)"))
                        }
                    }
                }
            }
            let title = head.title().lowercased()
            if title.hasPrefix("reference") || title == "bibliography" {
                references = Reference.entries(in: group.flatMap { $0.paragraphs.map(\.text) })
            }
            files.append(GeneratedFile(path: path, text: lines.joined(separator: "\n") + "\n"))
            sectionFiles.append((path, head.heading))
        }
    }

    // MARK: Tables

    /// A numbered object's heading text (its caption's first sentence,
    /// label removed) and file stem (`table3_error_rates_10_crop`).
    private static func names(caption: String, kind: String, number: Int) -> (headline: String, stem: String) {
        let body = Caption.parseLabel(caption).map { String(caption.dropFirst($0.length)) } ?? caption
        let headline = MarkdownText.headline(body.trimmingCharacters(in: .whitespaces))
        return (headline, "\(kind)\(number)_" + MarkdownText.slug(headline))
    }

    private mutating func writeTables() {
        for table in content.tables {
            let (headline, stem) = Self.names(caption: table.caption, kind: "table", number: table.number)
            var shots: [String] = []
            for (index, crop) in table.crops.enumerated() {
                let name = index == 0 ? "\(stem).png" : "\(stem)_p\(table.pages[index]).png"
                files.append(GeneratedFile(path: "evidence/tables/\(name)", data: crop))
                shots.append("[\(name)](\(name))")
            }
            let place = zip(table.pages, table.boxes).map { "page \($0), box \($1)" }.joined(separator: "; ")
            var lines = [
                "# Table \(table.number): \(headline)", "",
                "- **Source**: Table \(table.number), \(place) (PDF points, top-left origin)",
                "- **Caption**: \(MarkdownText.quoted(table.caption))",
                "- **Screenshot**: \(shots.joined(separator: ", "))",
            ]
            switch table.grid {
            case .success(let grid):
                let columns = grid.rows.map(\.count).max() ?? 0
                lines.append("- **Extraction type**: raw_table")
                lines.append(
                    "- **Extraction method**: word boxes\(grid.ruled ? " and ruling lines" : "") (arakit compile); "
                        + "\(grid.rows.count) rows × \(columns) columns, cells verbatim")
                if !grid.notes.isEmpty { lines.append("- **Notes**: " + grid.notes.joined(separator: "; ")) }
                lines.append("")
                let header = grid.rows[0]
                lines.append("| " + header.map(MarkdownText.cell).joined(separator: " | ") + " |")
                lines.append("|" + String(repeating: "---|", count: header.count))
                for row in grid.rows.dropFirst() {
                    lines.append("| " + row.map(MarkdownText.cell).joined(separator: " | ") + " |")
                }
            case .failure(let failure):
                lines.append("- **Extraction type**: pending")
                lines.append("- **Cells**: pending: \(failure.reason); read them from the screenshot")
                pending.append("Table \(table.number): cells pending (\(failure.reason))")
            }
            files.append(GeneratedFile(path: "evidence/tables/\(stem).md", text: lines.joined(separator: "\n") + "\n"))
            tableEntries.append(
                (path: "tables/\(stem).md", number: table.number, page: table.pages[0], headline: headline))
        }
    }

    private(set) var tableEntries: [(path: String, number: Int, page: Int, headline: String)] = []
    private(set) var figureEntries: [(path: String, number: Int, page: Int, headline: String)] = []

    // MARK: Figures

    private mutating func writeFigures() {
        for figure in content.figures {
            let (headline, stem) = Self.names(caption: figure.caption, kind: "figure", number: figure.number)
            files.append(GeneratedFile(path: "evidence/figures/\(stem).png", data: figure.crop))
            let text = figure.text.isEmpty ? "none printed" : figure.text.map { "`\($0)`" }.joined(separator: " ")
            let lines = [
                "# Figure \(figure.number): \(headline)", "",
                "- **Source**: Figure \(figure.number), page \(figure.page), box \(figure.box) (PDF points, top-left origin)",
                "- **Caption**: \(MarkdownText.quoted(figure.caption))",
                "- **Screenshot**: [\(stem).png](\(stem).png)",
                "- **Extraction type**: figure_crop (\(figure.raster ? "embedded raster image" : "rendered vector drawing"))",
                "- **Text in figure**: \(text)",
                "- **Figure type**: pending",
                "- **Extraction method**: pending",
                "- **Reading confidence**: pending",
                "- **Trend**: pending: read it from the screenshot",
            ]
            files.append(GeneratedFile(path: "evidence/figures/\(stem).md", text: lines.joined(separator: "\n") + "\n"))
            figureEntries.append(
                (path: "figures/\(stem).md", number: figure.number, page: figure.page, headline: headline))
            pending.append("Figure \(figure.number): figure type, trend and reading confidence pending")
        }
    }

    // MARK: Evidence index

    private mutating func writeEvidenceIndex() {
        var lines = ["# Evidence Index"]
        lines += Self.index("Tables", kind: "Table", entries: tableEntries)
        lines += Self.index("Figures", kind: "Figure", entries: figureEntries)
        lines += ["", "## Paper text", "", "The paper's text verbatim, one file per section, with page markers.", ""]
        for section in sectionFiles {
            let relative = String(section.path.dropFirst("evidence/".count))
            lines.append("- [\(relative)](\(relative)): \(section.heading)")
        }
        if !content.missed.isEmpty {
            lines += ["", "## Not extracted", ""]
            for missed in content.missed {
                let name = (missed.kind == .table ? "Table " : "Figure ") + (missed.supplementary ? "S" : "")
                lines.append("- \(name)\(missed.number) (page \(missed.page)): \(missed.reason)")
                pending.append("\(name)\(missed.number): not extracted (\(missed.reason))")
            }
        }
        files.append(GeneratedFile(path: "evidence/README.md", text: lines.joined(separator: "\n") + "\n"))
    }

    /// One section of the evidence index: a table of files, or a line saying there are none.
    private static func index(
        _ title: String, kind: String, entries: [(path: String, number: Int, page: Int, headline: String)]
    ) -> [String] {
        var lines = ["", "## \(title)", ""]
        guard !entries.isEmpty else { return lines + ["No numbered \(kind.lowercased()) was found."] }
        lines += ["| File | Source | Claims | Description |", "|------|--------|--------|-------------|"]
        for entry in entries {
            lines.append(
                "| [\(entry.path)](\(entry.path)) | \(kind) \(entry.number), page \(entry.page) | pending | "
                    + "\(MarkdownText.cell(entry.headline)) |")
        }
        return lines
    }

    // MARK: Related work

    private mutating func writeRelatedWork() {
        var lines = ["# Related Work", ""]
        if references.isEmpty {
            lines.append("pending: no reference list was found in the PDF.")
            pending.append("logic/related_work.md: no reference list found")
        } else {
            lines.append(
                "One block per entry of the paper's reference list, verbatim. Type and Delta say how this work "
                    + "relates to each; they are for a person or agent to fill.")
        }
        for (index, reference) in references.enumerated() {
            let id = MarkdownText.id("RW", index + 1, of: references.count)
            lines += ["", "## \(id): \(reference.shortName)"]
            lines.append("- **Reference**: \(MarkdownText.quoted(reference.text))")
            if let authors = reference.authors { lines.append("- **Authors**: \(authors)") }
            if let title = reference.title { lines.append("- **Title**: \(title)") }
            if let venue = reference.venue { lines.append("- **Venue**: \(venue)") }
            lines.append("- **Year**: \(reference.year ?? "pending")")
            lines.append("- **DOI**: \(reference.doi ?? reference.arxiv ?? "none printed")")
            lines.append("- **Type**: pending")
            lines.append("- **Delta**: pending")
        }
        if !references.isEmpty {
            pending.append("logic/related_work.md: Type and Delta of \(references.count) entries")
        }
        files.append(GeneratedFile(path: "logic/related_work.md", text: lines.joined(separator: "\n") + "\n"))
    }
}

extension PaperSection {
    /// The heading without its number.
    func title() -> String {
        number.isEmpty
            ? heading : String(heading.dropFirst(number.count)).trimmingCharacters(in: .init(charactersIn: ". "))
    }
}
