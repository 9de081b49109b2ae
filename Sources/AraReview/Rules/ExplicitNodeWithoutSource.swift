import AraCore

/// TR006: an explicit node without source references.
struct ExplicitNodeWithoutSource: Rule {
    let description = RuleDescription(
        code: "TR006", name: "explicit-node-without-source", severity: .warning,
        summary: "A node marked `support_level: explicit` has no `source_refs`.",
        why:
            "'Explicit' promises the step is recorded somewhere (a commit, a paper section, a log); source_refs says where.",
        example: "- id: N04\n  support_level: explicit\n  # no source_refs",
        howToFix: "Add `source_refs: [git:<sha>]` or a section reference, or mark the node `inferred`.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.nodes.filter { $0.supportLevel == "explicit" && ($0.sourceRefs ?? []).isEmpty }.map { node in
            Finding(
                description, at: node.location(ofKey: .supportLevel),
                "node \(node.id ?? "?") is explicit but has no source_refs",
                entity: node.id)
        }
    }
}
