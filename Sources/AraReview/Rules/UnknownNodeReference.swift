import AraCore

/// TR003: `also_depends_on` names a node that does not exist.
struct UnknownNodeReference: Rule {
    let description = RuleDescription(
        code: "TR003", name: "unknown-node-reference", severity: .error,
        summary: "A node's `also_depends_on` names a node id that is not in the tree.",
        why: "The graph has an edge to nowhere: the step's real predecessor is lost.",
        example: "also_depends_on: [N99]",
        howToFix: "Correct the id or remove it.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.nodes.flatMap { node -> [Finding] in
            node.alsoDependsOn.filter { context.nodesByID[$0] == nil }.map { id in
                let location = node.location(ofKey: .alsoDependsOn)
                return Finding(
                    description, at: location, "node \(node.id ?? "?") depends on \(id), which is not in the tree",
                    entity: node.id)
            }
        }
    }
}
