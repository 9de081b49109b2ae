import AraCore

/// ST008: a heuristic without one of its required fields.
struct HeuristicMissingField: Rule {
    let description = RuleDescription(
        code: "ST008", name: "heuristic-missing-field", severity: .warning,
        summary: "A heuristic lacks Rationale, Sensitivity or Code ref, or its Sensitivity is not low, medium or high.",
        why:
            "A heuristic is tacit know-how made explicit: why it works, how much it matters, and where it lives in code.",
        example: "## H02: Warm up the learning rate\n- **Rationale**: stabilises early training",
        howToFix: "Add the missing fields; Sensitivity is one of low, medium, high.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.bundle.heuristics.flatMap { heuristic -> [Finding] in
            var findings = RequiredFields.findings(
                description, required: RequiredFields.heuristic, section: heuristic.section, what: "heuristic")
            if let field = heuristic.field(.sensitivity), !field.text.isEmpty {
                let word = field.text.lowercased().prefix(while: \.isLetter)
                if !["low", "medium", "high"].contains(String(word)) {
                    findings.append(
                        Finding(
                            description, at: field.location,
                            "heuristic \(heuristic.id) has sensitivity '\(field.text)'; use low, medium or high",
                            entity: heuristic.id))
                }
            }
            return findings
        }
    }
}
