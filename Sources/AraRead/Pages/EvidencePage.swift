/// An evidence file: metadata, tables row by row (keyed by file line), the
/// claims whose chain reaches it and the experiments naming it.
enum EvidencePage {
    static func sections(_ view: EvidenceView, target: String) -> [PageSection] {
        var sections = [PageText.header(view.ref), PageText.fields(view.metadata, target: target)]
        for (index, table) in view.tables.enumerated() {
            let rows = table.rows.enumerated().map { row, cells in
                let line = table.lines.indices.contains(row) ? table.lines[row] : nil
                return PageItem(tableRow(cells), key: line.map(String.init) ?? "t\(index + 1)r\(row + 1)")
            }
            let title = tableRow(table.header) + "\n|" + String(repeating: "---|", count: table.header.count)
            sections.append(PageText.section(title, rows, noun: "rows", target: target))
        }
        sections += [
            PageText.refs("Cited by (their evidence chain reaches it)", view.citedBy, noun: "claims", target: target),
            PageText.refs("Named in the Evidence of", view.experiments, noun: "experiments", target: target),
        ].compactMap { $0 }
        return sections
    }

    static func tableRow(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
}
