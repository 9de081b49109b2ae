import AraCore

/// TR005: a dead end with children.
struct DeadEndHasChildren: Rule {
    let description = RuleDescription(
        code: "TR005", name: "dead-end-has-children", severity: .error,
        summary: "A `dead_end` node has children.",
        why:
            "A dead end is where a line of work stopped. Work that continued from it is a pivot or a decision, and the tree should say which.",
        example: "- id: N08\n  type: dead_end\n  children:\n    - id: N09",
        howToFix:
            "Change the node's type to `pivot` (with from, to, trigger), or move the children under the node they really follow."
    )

    func check(_ context: ReviewContext) -> [Finding] {
        context.nodes.filter { $0.type == .deadEnd && !$0.children.isEmpty }.map { node in
            Finding(
                description, at: node.location(ofKey: .children),
                "dead end \(node.id ?? "?") has \(node.children.count) child node(s); a dead end is a leaf",
                entity: node.id)
        }
    }
}
