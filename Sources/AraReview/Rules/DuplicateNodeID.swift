import AraCore

/// TR002: two tree nodes with one id.
struct DuplicateNodeID: Rule {
    let description = RuleDescription(
        code: "TR002", name: "duplicate-node-id", severity: .error,
        summary: "Two nodes of the exploration tree share an id.",
        why:
            "`also_depends_on`, session records and claims cite nodes by id; a duplicate makes every such reference ambiguous.",
        example: "- id: N12 … - id: N12",
        howToFix: "Give the later node the next free id and update references that meant it.")

    func check(_ context: ReviewContext) -> [Finding] {
        var first: [String: SourceLocation] = [:]
        var findings: [Finding] = []
        for node in context.nodes {
            guard let id = node.id else { continue }
            if let earlier = first[id] {
                findings.append(
                    Finding(
                        description, at: node.location(ofKey: .id),
                        "node id \(id) is already used at line \(earlier.line)",
                        entity: id))
            } else {
                first[id] = node.location
            }
        }
        return findings
    }
}
