import AraCore

/// XL002: Verifies names a claim that does not exist.
struct VerifiesUnknownClaim: Rule {
    let description = RuleDescription(
        code: "XL002", name: "verifies-unknown-claim", severity: .error,
        summary: "An experiment's Verifies names a claim id that logic/claims.md does not define.",
        why: "The experiment claims to test something that is not stated anywhere.",
        example: "- **Verifies**: C12   (claims.md defines C01–C08)",
        howToFix: "Correct the id, or state the claim in logic/claims.md.")

    func check(_ context: ReviewContext) -> [Finding] {
        UnknownIDs.findings(
            description, in: context.experiments, field: .verifies, ids: \.verifies,
            exists: { context.claim($0) != nil },
            message: { "experiment \($0.id) verifies \($1), which does not exist" })
    }
}
