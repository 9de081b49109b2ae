import AraCore

/// The fields each kind of block must carry (SPEC.md §9.2), and the check they share.
enum RequiredFields {
    static let claim: [ClaimField] = [.statement, .status, .falsificationCriteria, .proof]
    static let experiment: [ExperimentField] = [.verifies, .setup, .procedure, .metrics]
    static let heuristic: [HeuristicField] = [.rationale, .sensitivity, .codeRef]
    static let relatedWork: [RelatedWorkField] = [.type, .delta]

    /// Labels of required fields that are absent or empty in `section`.
    static func missing<Name: FieldName>(_ required: [Name], in section: MarkdownSection) -> [String] {
        required.filter { name in (section.field(name)?.text ?? "").isEmpty }.map(\.label)
    }

    /// One finding per missing field, at the block's heading.
    static func findings<Name: FieldName>(
        _ rule: RuleDescription, required: [Name], section: MarkdownSection, what: String
    ) -> [Finding] {
        let id = section.heading.id
        let name = id ?? "'\(section.heading.title)'"
        return missing(required, in: section).map { field in
            Finding(rule, at: section.location, "\(what) \(name) has no '\(field)'", entity: id)
        }
    }
}
