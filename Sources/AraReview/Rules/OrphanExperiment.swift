import AraCore

/// EX002: an experiment nothing depends on.
struct OrphanExperiment: Rule {
    let description = RuleDescription(
        code: "EX002", name: "orphan-experiment", severity: .warning,
        summary: "No claim cites the experiment in its Proof, and its Verifies names no existing claim.",
        why: "An experiment that supports nothing is either a forgotten link or padding; either way it misleads.",
        example: "## E07: Extra ablation\n- **Verifies**: (none)",
        howToFix: "Cite it from the claim it supports (Proof) and name that claim in Verifies, or remove it.")

    func check(_ context: ReviewContext) -> [Finding] {
        let cited = Set(context.claims.flatMap(\.proof).map(BlockID.key(of:)))
        return context.experiments.compactMap { experiment in
            let isCited = cited.contains(BlockID.key(of: experiment.id))
            let verifiesReal = experiment.verifies.contains { context.claim($0) != nil }
            guard !isCited, !verifiesReal else { return nil }
            return Finding(
                description, at: experiment.location,
                "experiment \(experiment.id) is cited by no claim's Proof and verifies no existing claim",
                entity: experiment.id)
        }
    }
}
