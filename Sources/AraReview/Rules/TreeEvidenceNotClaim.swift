import AraCore

/// XL008: a tree node's evidence names an id that is not a claim id.
struct TreeEvidenceNotClaim: Rule {
    let description = RuleDescription(
        code: "XL008", name: "tree-evidence-not-claim", severity: .error,
        summary:
            "A tree node's `evidence:` lists an id that is not a claim id (an observation `O07`, a node, an experiment).",
        why: """
            `evidence:` binds a journey step to the claims it supports. Observations are staged and not yet \
            claims; citing one here skips the promotion step that decides whether it holds.
            """,
        example: "evidence: [C03, O07]",
        howToFix: "Promote the observation to a claim (`arakit promote`) and cite the claim, or move the id to prose.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.nodes.flatMap { node -> [Finding] in
            (node.field(.evidence)?.sequence ?? []).compactMap { item in
                guard let text = item.scalarText, case .id(let id) = EvidenceReference(text),
                    BlockID.prefix(of: id) != "C"
                else { return nil }
                return Finding(
                    description, at: item.location,
                    "node \(node.id ?? "?") lists \(id) as evidence; only claim ids belong there", entity: node.id)
            }
        }
    }
}
