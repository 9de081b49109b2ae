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
        context.experiments.flatMap { experiment -> [Finding] in
            guard let field = experiment.field("Verifies") else { return [] }
            return experiment.verifies.filter { context.claim($0) == nil }.map {
                Finding(
                    description, at: field.location, "experiment \(experiment.id) verifies \($0), which does not exist",
                    entity: experiment.id)
            }
        }
    }
}
