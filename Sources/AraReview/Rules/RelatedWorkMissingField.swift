import AraCore

/// ST009: a related-work entry without its type or delta.
struct RelatedWorkMissingField: Rule {
    let description = RuleDescription(
        code: "ST009", name: "related-work-missing-field", severity: .warning,
        summary:
            "A related-work entry lacks Type or Delta, or its Type is not imports, bounds, baseline, extends or refutes.",
        why: "Related work in an ARA is typed: the reader needs to know how each prior work bears on the claims.",
        example: "## RW03: Highway networks\n- **DOI**: arXiv:1505.00387",
        howToFix: "Add `- **Type**: extends` (or imports, bounds, baseline, refutes) and a Delta saying what changed.")

    static let types: Set<String> = ["imports", "bounds", "baseline", "extends", "refutes"]

    func check(_ context: ReviewContext) -> [Finding] {
        context.bundle.relatedWork.flatMap { entry -> [Finding] in
            var findings = RequiredFields.findings(
                description, required: RequiredFields.relatedWork, section: entry.section, what: "related work")
            if let field = entry.field(.type), !field.text.isEmpty {
                let words = Set(field.text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
                if words.isDisjoint(with: Self.types) {
                    findings.append(
                        Finding(
                            description, at: field.location,
                            "related work \(entry.id ?? entry.title) has type '\(field.text)'; use imports, bounds, baseline, extends or refutes",
                            entity: entry.id))
                }
            }
            return findings
        }
    }
}
