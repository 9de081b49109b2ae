import AraCore

/// `logic/claims.md` when the captured history cites claims (`Ara-Claims:
/// C01, C02`): one pending block per cited id, so the trace's references
/// resolve and the reader sees which claims the repository expects. Their
/// statements are for a person or agent to write.
enum ClaimPlaceholders {
    /// The cited claim ids and the nodes citing each, from the tree's text.
    static func cited(inTree text: String) -> [(id: String, nodes: [String])] {
        guard let tree = ExplorationTree.parse(text).tree else { return [] }
        var citing: [String: [String]] = [:]
        for node in tree.allNodes {
            for case .id(let id) in node.evidence where id.hasPrefix("C") {
                citing[id, default: []].append(node.id ?? "?")
            }
        }
        return citing.keys.sorted().map { ($0, citing[$0] ?? []) }
    }

    static func render(_ claims: [(id: String, nodes: [String])]) -> String {
        var lines = ["# Claims"]
        for claim in claims {
            lines += [
                "", "## \(claim.id): pending",
                MarkdownWriter.fields([
                    ClaimField.statement: "pending: the repository's history cites \(claim.id) "
                        + "(trace/exploration_tree.yaml \(claim.nodes.joined(separator: ", "))); write the claim.",
                    .status: "hypothesis", .falsificationCriteria: "pending", .proof: "pending",
                    .evidenceBasis: "pending", .dependencies: "none", .tags: "pending",
                ]),
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
