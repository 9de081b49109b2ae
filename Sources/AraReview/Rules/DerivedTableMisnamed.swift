import AraCore

/// EV012: a derived table whose file name does not say so.
struct DerivedTableMisnamed: Rule {
    let description = RuleDescription(
        code: "EV012", name: "derived-table-misnamed", severity: .warning,
        summary:
            "A table that says it is derived (Derived from, or Extraction type derived_subset) is not named `derived_*` or `subset_*`.",
        why: "The name is how readers and tools tell raw transcriptions from selections without opening the file.",
        example: "evidence/tables/table3_shortcuts.md with `**Extraction type**: derived_subset`",
        howToFix: "Rename the file to `derived_from_table3_…md` and update the links to it.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.bundle.evidenceFiles.compactMap { file in
            guard file.kind == .table, DerivedTable.isDerived(file), !DerivedTable.isDerivedName(file.path) else {
                return nil
            }
            return Finding(
                description, at: SourceLocation(path: file.path, line: 1, column: 1),
                "derived table is not named derived_* or subset_*")
        }
    }
}
