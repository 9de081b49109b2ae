import AraCore

/// EV003: the file name and the Source name different objects.
struct SourceNamesOtherObject: Rule {
    let description = RuleDescription(
        code: "EV003", name: "source-names-other-object", severity: .error,
        summary: "An evidence file's name (`table3_…`) and its Source (`Table 4`) name different objects.",
        why: "One of the two is wrong, so a reader cannot tell which table of the paper the cells are from.",
        example: "evidence/tables/table3_results.md with `**Source**: Table 4, §4.2`",
        howToFix: "Rename the file or correct the Source so both name the same table or figure.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.bundle.evidenceFiles.compactMap { file in
            guard !DerivedTable.isDerived(file), let byName = FileObject.name(file.path),
                let field = file.metadata(.source), let bySource = DerivedTable.sourceObject(of: file),
                byName != bySource
            else { return nil }
            return Finding(
                description, at: field.location,
                "the file name says \(byName) but Source says \(bySource)")
        }
    }
}
