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
        UnknownIDs.findings(
            description, in: context.claims, field: .proof, ids: \.proof, exists: { context.experiment($0) != nil },
            message: { "claim \($0.id) cites \($1), which does not exist" })
    }
}
