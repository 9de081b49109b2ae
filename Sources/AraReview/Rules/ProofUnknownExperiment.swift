import AraCore

/// XL001: Proof names an experiment that does not exist.
struct ProofUnknownExperiment: Rule {
    let description = RuleDescription(
        code: "XL001", name: "proof-unknown-experiment", severity: .error,
        summary: "A claim's Proof names an experiment id that logic/experiments.md does not define.",
        why: "The claim's support rests on an experiment no reader can find; the chain to evidence is broken.",
        example: "- **Proof**: [E09]   (experiments.md defines E01–E06)",
        howToFix: "Correct the id, or add the experiment to logic/experiments.md.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.claims.flatMap { claim -> [Finding] in
            guard let field = claim.field("Proof") else { return [] }
            return claim.proof.filter { context.experiment($0) == nil }.map {
                Finding(
                    description, at: field.location, "claim \(claim.id) cites \($0), which does not exist",
                    entity: claim.id)
            }
        }
    }
}
