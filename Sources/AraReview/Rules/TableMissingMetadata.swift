import AraCore

/// EV001: a table file without Source or Caption.
struct TableMissingMetadata: Rule {
    let description = RuleDescription(
        code: "EV001", name: "table-missing-metadata", severity: .error,
        summary: "An evidence table file lacks `**Source**` or `**Caption**`.",
        why:
            "Source says which numbered object of the paper or run the cells come from; Caption says what they measure. Without them the numbers float free.",
        example: "# Table 2: Top-1 error\n| model | err |\n|---|---|\n| A | 25.03 |",
        howToFix: "Add `**Source**: Table 2, §4.1` and `**Caption**: \"…\"` under the heading.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.bundle.evidenceFiles.filter { $0.kind == .table }.flatMap { file in
            [EvidenceField.source, .caption].filter { (file.metadata($0)?.text ?? "").isEmpty }.map(\.label).map {
                Finding(
                    description, at: SourceLocation(path: file.path, line: 1, column: 1),
                    "table file has no '\($0)'")
            }
        }
    }
}
