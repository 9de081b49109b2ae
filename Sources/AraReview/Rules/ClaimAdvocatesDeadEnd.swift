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
            experiments its Proof cites, or the dead end's title or hypothesis (three words or more) \
            appearing in the claim.
            """)

    func check(_ context: ReviewContext) -> [Finding] {
        let deadEnds = context.nodes.filter { $0.type == .deadEnd }
        guard !deadEnds.isEmpty else { return [] }
        var findings: [Finding] = []
        for claim in context.claims where claim.status != .refuted {
            let own = [claim.title, claim.statement, claim.field("Proof")?.value, claim.evidenceBasis]
                .compactMap { $0 }.joined(separator: "\n")
            let experimentText = claim.proof.compactMap { id in
                context.experiments.first { BlockID.sameObject($0.id, id) }.map { experiment in
                    experiment.section.fields.map(\.value).joined(separator: "\n")
                }
            }.joined(separator: "\n")
            let ownNodes = Set(BlockID.mentions(in: own, prefixes: ["N"]))
            let chainNodes = Set(BlockID.mentions(in: experimentText, prefixes: ["N"]))
            for node in deadEnds {
                guard let id = node.id else { continue }
                let reason: String
                if ownNodes.contains(id) {
                    reason = "names dead end \(id)"
                } else if chainNodes.contains(id) {
                    reason = "cites an experiment that names dead end \(id)"
                } else if let title = node.title, TextMatch.contains(own, phrase: title) {
                    reason = "repeats the title of dead end \(id) ('\(title)')"
                } else if let hypothesis = node.text("hypothesis"),
                    TextMatch.contains(own, phrase: hypothesis, minimumWords: 4)
                {
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
