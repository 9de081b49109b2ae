import AraCore

/// DR002: dead-end keys in an alias spelling.
struct DeadEndKeyAlias: Rule {
    let description = RuleDescription(
        code: "DR002", name: "dead-end-key-alias", severity: .info,
        summary: "A dead_end node writes `why_failed` or `reason` instead of `failure_mode`.",
        why: """
            The compiler spec, the research manager and the Python checker require `hypothesis`, \
            `failure_mode` and `lesson`. Note: the Rust CLI's ARA002 rewrites toward `why_failed`, so a \
            bundle fixed here is flagged by that tool; AraKit follows the written spec (SPEC.md §4.6).
            """,
        example: "- id: N08\n  type: dead_end\n  why_failed: gradients vanish past 100 layers",
        howToFix: "Rename the key to `failure_mode`. `--fix` renames it in place.",
        fixable: true)

    func check(_ context: ReviewContext) -> [Finding] {
        KeyAliases.findings(description, type: .deadEnd, context: context)
    }
}
