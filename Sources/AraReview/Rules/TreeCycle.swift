import AraCore

/// TR004: the exploration graph has a cycle.
struct TreeCycle: Rule {
    let description = RuleDescription(
        code: "TR004", name: "tree-cycle", severity: .error,
        summary: "The exploration graph (children plus `also_depends_on`) has a cycle.",
        why: "The graph records what came before what; a cycle means a step depends on its own outcome.",
        example: "N05 is a child of N03, and N03 lists `also_depends_on: [N05]`.",
        howToFix: "Remove the `also_depends_on` entry that points forward in time.")

    func check(_ context: ReviewContext) -> [Finding] {
        var edges: [String: [String]] = [:]
        func walk(_ node: TreeNode) {
            guard let id = node.id else { return }
            // Edges run from a prerequisite to what builds on it.
            for child in node.children { if let childID = child.id { edges[id, default: []].append(childID) } }
            for parent in node.alsoDependsOn { edges[parent, default: []].append(id) }
            if edges[id] == nil { edges[id] = [] }
        }
        context.nodes.forEach(walk)
        let order = context.nodes.compactMap(\.id)
        return Cycles.find(order: order, edges: edges).map { cycle in
            let location = context.nodesByID[cycle[0]]?.location ?? SourceLocation(path: BundlePaths.tree, line: 1)
            return Finding(
                description, at: location,
                "the exploration graph has a cycle: \((cycle + [cycle[0]]).joined(separator: " → "))",
                entity: cycle[0])
        }
    }
}
