import AraCore

/// DR004: pivot keys in an alias spelling.
struct PivotKeyAlias: Rule {
    let description = RuleDescription(
        code: "DR004", name: "pivot-key-alias", severity: .info,
        summary:
            "A pivot node writes `prior_direction`, `new_direction` or `reason` instead of `from`, `to`, `trigger`.",
        why: """
            The compiler spec, the research manager's event taxonomy and the Python checker require \
            `from`/`to`/`trigger`. Note: the Rust CLI's ARA007 rewrites the other way (toward \
            `prior_direction`/`new_direction`/`reason`), so a bundle fixed here is flagged by that tool and \
            vice versa; AraKit follows the written spec (SPEC.md §4.6).
            """,
        example: "- id: N20\n  type: pivot\n  prior_direction: LLM judge\n  new_direction: rule checks",
        howToFix: "Rename the keys to `from`, `to` and `trigger`. `--fix` renames them in place.",
        fixable: true)

    func check(_ context: ReviewContext) -> [Finding] {
        KeyAliases.findings(description, type: .pivot, context: context)
    }
}
