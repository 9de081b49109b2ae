import AraRead
import MCP

/// `trace_path {node, bundle}`: a node's ancestry and its descendants, dead ends marked.
struct TracePathTool: MCPTool {
    let cache: ReadingCache

    struct Answer: Encodable {
        var node: ObjectRef
        /// Root first, down to the node's parent.
        var ancestry: [ObjectRef]
        var children: [ObjectRef]
        /// Every node under it that is a dead end (the node itself when it is one).
        var deadEnds: [ObjectRef]
        var alsoDependsOn: [ObjectRef]

        enum CodingKeys: String, CodingKey {
            case node, ancestry, children
            case deadEnds = "dead_ends"
            case alsoDependsOn = "also_depends_on"
        }
    }

    var definition: Tool {
        Tool(
            name: "trace_path",
            description: """
                A tree node's place in the exploration: its ancestry from the root, its \
                children, and the dead ends under it (what was tried and failed).
                """,
            inputSchema: Schema.object(
                ["node": Schema.string("The node's id (N17)."), "bundle": Schema.bundle], required: ["node"]),
            annotations: .init(readOnlyHint: true))
    }

    func call(_ arguments: ToolArguments, bundles: ServedBundles) throws(ToolError) -> ToolOutput {
        let bundle = try bundles.bundle(named: try arguments.string("bundle"))
        let id = try arguments.requiredString("node")
        guard case .node(let view) = try cache.resolve(id, in: bundle, argument: "node") else {
            throw .invalidArgument("node", "'\(id)' is not a tree node (nodes are N01, N02 …)")
        }
        return try ToolOutput(
            Answer(
                node: view.ref, ancestry: view.ancestry, children: view.children, deadEnds: view.deadEnds,
                alsoDependsOn: view.alsoDependsOn))
    }
}
