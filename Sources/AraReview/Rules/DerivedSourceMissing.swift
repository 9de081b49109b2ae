import AraCore

/// EV010: a derived table that does not say, or mis-says, what it came from.
struct DerivedSourceMissing: Rule {
    let description = RuleDescription(
        code: "EV010", name: "derived-source-missing", severity: .error,
        summary: "A derived/subset table has no `**Derived from**`, or it names no existing evidence table.",
        why: "A subset is only trustworthy if a reader can check it against the table it was cut from.",
        example: "evidence/tables/derived_shortcuts.md without a Derived from line.",
        howToFix: "Add `**Derived from**: `table3_imagenet_validation_full.md`` (a path, a link, or `Table 3`).")

    func check(_ context: ReviewContext) -> [Finding] {
        let objects = context.evidenceObjects
        return context.bundle.evidenceFiles.compactMap { file in
            guard DerivedTable.isDerived(file) else { return nil }
            guard let sources = DerivedTable.sources(of: file, context: context, objects: objects) else {
                return Finding(
                    description, at: SourceLocation(path: file.path, line: 1, column: 1),
                    "derived table has no 'Derived from'")
            }
            guard sources.isEmpty, let field = file.metadata(.derivedFrom) else { return nil }
            return Finding(
                description, at: field.location, "'Derived from' (\(field.text)) names no evidence table of the bundle")
        }
    }
}
