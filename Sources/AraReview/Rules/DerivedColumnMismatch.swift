import AraCore

/// EV009: a computed column that does not recompute.
struct DerivedColumnMismatch: Rule {
    let description = RuleDescription(
        code: "EV009", name: "derived-column-mismatch", severity: .error,
        summary: "A difference or ratio column of a derived table does not recompute from the table's cells.",
        why: "Derived numbers are the ones most often quoted in claims and the easiest to get wrong by hand.",
        example: "| ResNet-34 A | 25.03 | −3.15 |   while plain-34 is 28.54 (25.03 − 28.54 = −3.51)",
        howToFix: """
            Recompute the cell. A cell of a column headed Δ, delta, diff, gap, ratio, change, improvement, \
            gain, reduction, speedup, `vs`, `÷` or `×` must equal, at its printed precision, a − b, a / b or \
            (a − b) / b × 100 for a number a of its row and a number b of its row or of a's column.
            """)

    func check(_ context: ReviewContext) -> [Finding] {
        var findings: [Finding] = []
        for file in context.bundle.evidenceFiles where DerivedTable.isDerived(file) {
            for table in file.tables {
                let numeric = table.rows.map { row in row.map { NumberText.numbers(in: $0).first } }
                for (rowIndex, row) in numeric.enumerated() {
                    for (column, cell) in row.enumerated()
                    where column < table.header.count && DerivedTable.isComputedColumn(table.header[column]) {
                        guard let value = cell, !Self.recomputes(value, row: rowIndex, column: column, numeric, table)
                        else { continue }
                        findings.append(
                            Finding(
                                description,
                                at: SourceLocation(path: file.path, line: table.rowLines[rowIndex + 1], column: 1),
                                "\(value.written) in column '\(table.header[column])' does not recompute from the cells of its row"
                            ))
                    }
                }
            }
        }
        return findings
    }

    static func recomputes(
        _ value: NumberToken, row: Int, column: Int, _ numeric: [[NumberToken?]], _ table: GFMTable
    ) -> Bool {
        guard let target = value.value else { return true }
        let tolerance = 0.5 * NumberText.pow10(-value.decimals) + 1e-9
        let inputs = numeric[row].indices.filter {
            $0 != column && $0 < table.header.count && !DerivedTable.isComputedColumn(table.header[$0])
        }
        for aColumn in inputs {
            guard let a = numeric[row][aColumn]?.value else { continue }
            var others: [Double] = inputs.compactMap { numeric[row][$0]?.value }
            others += numeric.indices.compactMap {
                numeric[$0].indices.contains(aColumn) ? numeric[$0][aColumn]?.value : nil
            }
            for b in others {
                var candidates = [a - b, b - a]
                if b != 0 { candidates += [a / b, (a - b) / b * 100] }
                if candidates.contains(where: { abs($0 - target) <= tolerance }) { return true }
            }
        }
        return false
    }
}
