import AraCore

/// EV002: a table file with no table in it.
struct TableWithoutGrid: Rule {
    let description = RuleDescription(
        code: "EV002", name: "table-without-grid", severity: .error,
        summary: "An evidence table file holds no GFM table.",
        why: "Claims are checked against exact cells; a table described in prose has no cells to check.",
        example: "# Table 4: Results\nResNet-152 reaches 19.38 top-1 (no `| … |` table).",
        howToFix: "Transcribe the table as a GFM table with the exact cell values.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.bundle.evidenceFiles.filter { $0.kind == .table && $0.tables.isEmpty }.map { file in
            Finding(
                description, at: SourceLocation(path: file.path, line: 1, column: 1),
                "table file holds no GFM table (| … | rows)")
        }
    }
}
