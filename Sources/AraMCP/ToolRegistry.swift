import AraSearch
import MCP

/// The tools a server offers, by name.
public struct ToolRegistry: Sendable {
    public let tools: [any MCPTool]

    public init(tools: [any MCPTool]) {
        self.tools = tools
    }

    /// AraKit's tools. Tools that write are only listed when writing is allowed.
    public static func standard(cache: IndexCache, allowWrite: Bool) -> ToolRegistry {
        let readings = ReadingCache()
        let reading: [any MCPTool] = [
            ListBundlesTool(), ReadTool(cache: readings), SearchTool(cache: cache), TracePathTool(cache: readings),
            EvidenceForTool(cache: readings), ReviewTool(), PendingTool(),
        ]
        return ToolRegistry(tools: allowWrite ? reading + writing : reading)
    }

    /// Tools that change a bundle, each guarded by review (SPEC.md §15).
    static let writing: [any MCPTool] = [FillTool(), AddTool()]

    public var definitions: [Tool] { tools.map(\.definition) }

    /// Runs the named tool; every failure becomes an error result, never a dropped connection.
    public func call(_ name: String, arguments: [String: Value]?, bundles: ServedBundles) -> CallTool.Result {
        switch run(name, arguments: arguments, bundles: bundles) {
        case .success(let output): Self.result(output, tool: name)
        case .failure(let error): Self.failure(error.description)
        }
    }

    /// A tool's answer as the SDK's result: the JSON as text, and parsed as structured content.
    static func result(_ output: ToolOutput, tool name: String) -> CallTool.Result {
        let text = Tool.Content.text(text: output.json, annotations: nil, _meta: nil)
        guard let value = output.value else { return CallTool.Result(content: [text]) }
        return (try? CallTool.Result(content: [text], structuredContent: value))
            ?? failure("\(name): the answer could not be encoded")
    }

    /// Runs the named tool: its answer, or why there is none (the tool's name first).
    func run(_ name: String, arguments: [String: Value]?, bundles: ServedBundles) -> Result<ToolOutput, ToolError> {
        guard let tool = tools.first(where: { $0.definition.name == name }) else {
            let known = tools.map(\.definition.name).joined(separator: ", ")
            return .failure(.failed("unknown tool '\(name)' (the tools are: \(known))"))
        }
        do {
            return .success(try tool.call(ToolArguments(arguments), bundles: bundles))
        } catch {
            return .failure(.failed("\(name): \(error.description)"))
        }
    }

    static func failure(_ message: String) -> CallTool.Result {
        CallTool.Result(content: [.text(text: message, annotations: nil, _meta: nil)], isError: true)
    }
}
