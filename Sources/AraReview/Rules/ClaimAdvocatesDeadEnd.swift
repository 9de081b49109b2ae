import AraCore

/// CL004: a claim that argues for what the trace records as a dead end.
struct ClaimAdvocatesDeadEnd: Rule {
    let description = RuleDescription(
        code: "CL004", name: "claim-advocates-dead-end", severity: .warning,
        summary: "A claim (not refuted) points at an approach the exploration tree records as a dead end.",
        why: """
            The trace says this line of work failed; a claim that builds on it contradicts the bundle's own \
            history. Either the claim is wrong or the dead end was revived and the tree should say so (a pivot).
            """,
        example: "## C09: Plain 1000-layer nets train well   (N08, dead_end: 'Plain 1000-layer nets')",
        howToFix: """
            Drop or restate the claim, mark it refuted, or record in the tree how the dead end was revived. \
            The rule matches the node id in the claim's Statement, title, Proof or Evidence basis, in the \
            experiments its Proof cites, or the dead end's title (three words or more) or hypothesis (four or more) \
            appearing in the claim.
            """)

    func check(_ context: ReviewContext) -> [Finding] {
        let deadEnds = context.nodes.filter { $0.type == .deadEnd }.map { node in
            (
                node: node, title: node.title.flatMap { TextMatch.needle($0, minimumWords: 3) },
                hypothesis: node.text("hypothesis").flatMap { TextMatch.needle($0, minimumWords: 4) }
            )
        }
        guard !deadEnds.isEmpty else { return [] }
        // Node ids each experiment names, once, not once per claim citing it.
        var nodesNamed: [String: [String]] = [:]
        for experiment in context.experiments {
            nodesNamed[experiment.id] = BlockID.mentions(
                in: experiment.section.fields.map(\.value).joined(separator: "\n"), prefixes: ["N"])
        }
        var findings: [Finding] = []
        for claim in context.claims where claim.status != .refuted {
            let own = [claim.title, claim.statement, claim.field("Proof")?.value, claim.evidenceBasis]
                .compactMap { $0 }.joined(separator: "\n")
            let chainNodes = Set(
                claim.proof.flatMap { id in
                    context.experiment(id).flatMap { nodesNamed[$0.id] } ?? []
                })
            let ownWords = TextMatch.haystack(own)
            let ownNodes = Set(BlockID.mentions(in: own, prefixes: ["N"]))
            for (node, titleNeedle, hypothesisNeedle) in deadEnds {
                guard let id = node.id else { continue }
                let reason: String
                if ownNodes.contains(id) {
                    reason = "names dead end \(id)"
                } else if chainNodes.contains(id) {
                    reason = "cites an experiment that names dead end \(id)"
                } else if let title = node.title, let needle = titleNeedle, ownWords.contains(needle) {
                    reason = "repeats the title of dead end \(id) ('\(title)')"
                } else if let needle = hypothesisNeedle, ownWords.contains(needle) {
                    reason = "restates the hypothesis of dead end \(id)"
                } else {
                    continue
                }
                findings.append(
                    Finding(
                        description, at: claim.location,
                        "claim \(claim.id) \(reason), which the tree records as failed", entity: claim.id))
            }
        }
        return findings
    }
}
