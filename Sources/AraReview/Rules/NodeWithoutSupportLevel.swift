import AraCore

/// TR010: a node that does not say whether it is recorded or reconstructed.
struct NodeWithoutSupportLevel: Rule {
    let description = RuleDescription(
        code: "TR010", name: "node-without-support-level", severity: .warning,
        summary: "A tree node has no `support_level` (explicit or inferred).",
        why: """
            Readers weigh a step by whether it was recorded at the time (explicit, with source_refs) or \
            reconstructed afterwards (inferred). Its own code, so a bundle written before the key existed \
            can ignore it in arakit.toml without losing the other node checks.
            """,
        example: "- id: N03\n  type: experiment\n  title: Depth scan\n  result: …",
        howToFix: "Add `support_level: explicit` with `source_refs`, or `support_level: inferred`.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.nodes.filter { $0.supportLevel == nil }.map { node in
            Finding(description, at: node.location, "node \(node.id ?? "?") has no 'support_level'", entity: node.id)
        }
    }
}
