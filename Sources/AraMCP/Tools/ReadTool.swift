import AraRead
import MCP

/// `read {target, budget, bundle}`: the summary, a layer, a file or one object
/// with its references resolved one step, as AraRead resolves it.
struct ReadTool: MCPTool {
    let cache: ReadingCache

    var definition: Tool {
        Tool(
            name: "read",
            description: """
                Read a bundle progressively. No target: title, abstract, one line per claim and \
                the layer index. A target is a layer (logic, src, trace, evidence), a file path, \
                or an object id (C03, E02, N17, H01, RW04, O12, Table 3, Figure 4, a session id): \
                the object with its references resolved one step. `budget` caps the answer in \
                tokens (counted as UTF-8 bytes, which no token count exceeds).
                """,
            inputSchema: Schema.object([
                "target": Schema.string("What to read; left out for the bundle's summary."),
                "budget": Schema.integer("Most tokens the answer may take.", minimum: 50, maximum: 1_000_000),
                "bundle": Schema.bundle,
            ]),
            annotations: .init(readOnlyHint: true))
    }

    func call(_ arguments: ToolArguments, bundles: ServedBundles) throws(ToolError) -> ToolOutput {
        let bundle = try bundles.bundle(named: try arguments.string("bundle"))
        let target = try arguments.string("target")
        let budget = try arguments.integer("budget", in: 50...1_000_000)
        let object = try cache.resolve(target, in: bundle, argument: "target")
        let output = try ToolOutput(object)
        guard let budget, output.json.utf8.count > budget else { return output }
        // Over budget: say what the object is and how to read less of it.
        return try ToolOutput(
            OverBudget(
                ref: object.ref, bytes: output.json.utf8.count, budget: budget,
                next: "read a narrower target (one id from this object), or give a larger budget"))
    }

    struct OverBudget: Encodable {
        var ref: ObjectRef
        var bytes: Int
        var budget: Int
        var next: String
        let overBudget = true

        enum CodingKeys: String, CodingKey {
            case ref, bytes, budget, next
            case overBudget = "over_budget"
        }
    }
}
