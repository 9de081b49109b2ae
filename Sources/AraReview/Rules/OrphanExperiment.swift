import AraCore

/// EX002: an experiment no claim cites.
struct OrphanExperiment: Rule {
    let description = RuleDescription(
        code: "EX002", name: "orphan-experiment", severity: .warning,
        summary: "No claim cites the experiment in its Proof (its own Verifies does not count).",
        why: """
            The protocol defines an orphan one way: no claim references the experiment. Verifies is the \
            experiment's own word; until a claim cites it in Proof, nothing in the argument rests on it, \
            and a reader walking from claims to evidence never reaches it.
            """,
        example: "## E07: Extra ablation\n- **Verifies**: C02   (C02's Proof cites E01 only)",
        howToFix: "Cite it in the Proof of the claim it supports, or remove it.")

    func check(_ context: ReviewContext) -> [Finding] {
        let cited = Set(context.claims.flatMap(\.proof).map(BlockID.key(of:)))
        return context.experiments.compactMap { experiment in
            guard !cited.contains(BlockID.key(of: experiment.id)), !Self.isPlaceholder(experiment) else { return nil }
            let named = experiment.verifies.filter { context.claim($0) != nil }
            let says =
                named.isEmpty
                ? "verifies no existing claim"
                : "says it verifies \(named.joined(separator: ", ")), whose Proof does not cite it"
            return Finding(
                description, at: experiment.location,
                "experiment \(experiment.id) is cited by no claim's Proof; it \(says)",
                entity: experiment.id)
        }
    }

    /// A block `init` or `compile` writes to be filled in (`## E01: pending`,
    /// every field but Verifies pending): a marker of work to do, which other
    /// rules report as pending, not an experiment nothing rests on.
    static func isPlaceholder(_ experiment: Experiment) -> Bool {
        let pending = { (text: String) in text.lowercased().hasPrefix("pending") }
        return pending(experiment.title)
            && experiment.section.fields.allSatisfy { $0.name == ExperimentField.verifies.label || pending($0.text) }
    }
}
