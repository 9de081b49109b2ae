import AraCore

/// The fields each kind of block must carry (SPEC.md §9.2), and the check they share.
enum RequiredFields {
    static let claim = ["Statement", "Status", "Falsification criteria", "Proof"]
    static let experiment = ["Verifies", "Setup", "Procedure", "Metrics"]
    static let heuristic = ["Rationale", "Sensitivity", "Code ref"]
    static let relatedWork = ["Type", "Delta"]

    /// Names of required fields that are absent or empty in `section`.
    static func missing(_ required: [String], in section: MarkdownSection) -> [String] {
        required.filter { name in (section.field(name)?.text ?? "").isEmpty }
    }

    /// One finding per missing field, at the block's heading.
    static func findings(
        _ rule: RuleDescription, required: [String], section: MarkdownSection, what: String
    ) -> [Finding] {
        let id = section.heading.id
        let name = id ?? "'\(section.heading.title)'"
        return missing(required, in: section).map { field in
            Finding(rule, at: section.location, "\(what) \(name) has no '\(field)'", entity: id)
        }
    }
}
