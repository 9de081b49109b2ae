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
                the object with its references resolved one step, as JSON. With `budget` the \
                answer is a page of text within that many o200k_base tokens (estimated, never \
                under the true count); what does not fit is named as the read call to make next \
                (`from` starts a page at the key such a pointer names).
                """,
            inputSchema: Schema.object([
                "target": Schema.string("What to read; left out for the bundle's summary."),
                "budget": Schema.integer("Most tokens the answer may take.", minimum: 30, maximum: 1_000_000),
                "from": Schema.string("Start the page at this key (an id, a path, a line), as a pointer names it."),
                "bundle": Schema.bundle,
            ]),
            annotations: .init(readOnlyHint: true))
    }

    func call(_ arguments: ToolArguments, bundles: ServedBundles) throws(ToolError) -> ToolOutput {
        let bundle = try bundles.bundle(named: try arguments.string("bundle"))
        let target = try arguments.string("target")
        let from = try arguments.string("from")
        guard let budget = try arguments.integer("budget", in: 30...1_000_000) else {
            if from != nil { throw .invalidArgument("from", "pages start at a key only with a budget") }
            return try ToolOutput(try cache.resolve(target, in: bundle, argument: "target"))
        }
        let reading = try cache.reading(of: bundle)
        do {
            let page = try reading.page(target, budget: budget, from: from, style: Self.pointers(bundle: bundle.name))
            return ToolOutput(text: page.text)
        } catch {
            throw .invalidArgument("target", error.description)
        }
    }

    /// Pointers written as the read call that follows them.
    static func pointers(bundle: String) -> PointerStyle {
        PointerStyle { pointer in
            var arguments = ["\"bundle\": \(quoted(bundle))"]
            if !pointer.target.isEmpty { arguments.append("\"target\": \(quoted(pointer.target))") }
            if let from = pointer.from { arguments.append("\"from\": \(quoted(from))") }
            return "read {" + arguments.joined(separator: ", ") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
