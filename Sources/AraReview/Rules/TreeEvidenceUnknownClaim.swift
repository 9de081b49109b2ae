import AraCore

/// XL007: a tree node's evidence names a claim that does not exist.
struct TreeEvidenceUnknownClaim: Rule {
    let description = RuleDescription(
        code: "XL007", name: "tree-evidence-unknown-claim", severity: .error,
        summary: "A tree node's `evidence:` lists a claim id that logic/claims.md does not define.",
        why:
            "The trace says this step bears on a claim that is not stated; the link between journey and result is broken.",
        example: "evidence: [C17]   # claims.md defines C01–C16",
        howToFix: "Correct the id, or state the claim.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.nodes.flatMap { node -> [Finding] in
            let items = node.field(.evidence)?.sequence ?? []
            return items.compactMap { item in
                guard let text = item.scalarText, case .id(let id) = EvidenceReference(text),
                    BlockID.prefix(of: id) == "C", context.claim(id) == nil
                else { return nil }
                return Finding(
                    description, at: item.location, "node \(node.id ?? "?") cites claim \(id), which does not exist",
                    entity: node.id)
            }
        }
    }
}
