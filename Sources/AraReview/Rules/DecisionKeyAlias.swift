import AraCore

/// DR003: decision keys in an alias spelling.
struct DecisionKeyAlias: Rule {
    let description = RuleDescription(
        code: "DR003", name: "decision-key-alias", severity: .info,
        summary: "A decision node writes `justification` instead of `rationale`.",
        why: "Every reference tool reads `rationale`; the Rust CLI's ARA003 makes the same change.",
        example: "- id: N05\n  type: decision\n  justification: cheaper to train",
        howToFix: "Rename the key to `rationale`. `--fix` renames it in place.",
        fixable: true)

    func check(_ context: ReviewContext) -> [Finding] {
        KeyAliases.findings(description, type: .decision, context: context)
    }
}
