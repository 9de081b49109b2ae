import AraCore

/// TR007: a support level outside the vocabulary.
struct InvalidSupportLevel: Rule {
    let description = RuleDescription(
        code: "TR007", name: "invalid-support-level", severity: .error,
        summary: "A node's `support_level` is neither `explicit` nor `inferred`.",
        why: "Readers weigh a step by whether it is recorded or reconstructed; other words say neither.",
        example: "support_level: likely",
        howToFix: "Write `explicit` (with source_refs) or `inferred`.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.nodes.compactMap { node in
            guard let level = node.supportLevel, level != "explicit", level != "inferred" else { return nil }
            return Finding(
                description, at: node.location(ofKey: .supportLevel),
                "node \(node.id ?? "?") has support_level '\(level)'; use explicit or inferred", entity: node.id)
        }
    }
}
