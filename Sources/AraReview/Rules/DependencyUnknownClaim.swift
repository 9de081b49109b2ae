import AraCore

/// XL003: Dependencies names a claim that does not exist.
struct DependencyUnknownClaim: Rule {
    let description = RuleDescription(
        code: "XL003", name: "dependency-unknown-claim", severity: .error,
        summary: "A claim's Dependencies names a claim id that does not exist.",
        why: "Dependencies say which claims must hold for this one to hold; a dangling one hides an unstated premise.",
        example: "- **Dependencies**: [C09]",
        howToFix: "Correct the id or state the missing claim.")

    func check(_ context: ReviewContext) -> [Finding] {
        UnknownIDs.findings(
            description, in: context.claims, field: .dependencies, ids: \.dependencies,
            exists: { context.claim($0) != nil }, message: { "claim \($0.id) depends on \($1), which does not exist" })
    }
}
