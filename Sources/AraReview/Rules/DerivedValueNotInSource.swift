import AraCore

/// EV008: a value of a derived table that its source table does not hold.
struct DerivedValueNotInSource: Rule {
    let description = RuleDescription(
        code: "EV008", name: "derived-value-not-in-source", severity: .error,
        summary: "A number copied into a derived/subset table does not occur in the table it is derived from.",
        why: "A subset must only select; a value that is not in its source was mistyped or invented.",
        example: "derived_from_table3.md lists ResNet-34 A = 25.3 while table3 says 25.03.",
        howToFix: "Copy the cell exactly from the source table (columns of computed differences are checked by EV009).")

    func check(_ context: ReviewContext) -> [Finding] {
        let objects = context.evidenceObjects
        var findings: [Finding] = []
        for file in context.bundle.evidenceFiles where DerivedTable.isDerived(file) {
            guard let sources = DerivedTable.sources(of: file, context: context, objects: objects), !sources.isEmpty
            else { continue }
            let available = sources.flatMap { path in
                (context.bundle.evidenceTables[path] ?? []).flatMap { table in
                    (table.rows + [table.header]).flatMap { $0.flatMap(NumberText.numbers(in:)) }
                }
            }
            let canonical = Set(available.map(\.canonical))
            for table in file.tables {
                for (rowIndex, row) in table.rows.enumerated() {
                    for (column, cell) in row.enumerated()
                    where column < table.header.count && !DerivedTable.isComputedColumn(table.header[column]) {
                        for number in NumberText.numbers(in: cell) where !canonical.contains(number.canonical) {
                            findings.append(
                                Finding(
                                    description,
                                    at: SourceLocation(path: file.path, line: table.rowLines[rowIndex + 1], column: 1),
                                    "\(number.written) (column '\(table.header[column])') is not in \(sources.joined(separator: ", "))"
                                ))
                        }
                    }
                }
            }
        }
        return findings
    }
}
