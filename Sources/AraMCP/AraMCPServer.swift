import AraSearch
import MCP

/// AraKit's Model Context Protocol server: the registry's tools and the
/// bundles' files as resources, over standard input and output.
public struct AraMCPServer: Sendable {
    public let bundles: ServedBundles
    public let registry: ToolRegistry
    public let version: String

    public init(bundles: ServedBundles, registry: ToolRegistry, version: String) {
        self.bundles = bundles
        self.registry = registry
        self.version = version
    }

    /// Serves until the client closes standard input.
    public func runOnStandardIO() async throws {
        let server = Server(
            name: "arakit", version: version,
            instructions: """
                ARA research bundles. Start with list_bundles, then read (summary first, then \
                one object) or search; resources are the bundles' files (ara://BUNDLE/path).
                """,
            capabilities: .init(
                resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
        let answers = SplicedAnswers()
        await register(on: server, answers: answers)
        try await server.start(transport: LineTransport(answers: answers))
        await server.waitUntilCompleted()
    }

    /// The handlers; a tool's answer goes to `answers`, and the SDK gets placeholders for it.
    func register(on server: Server, answers: SplicedAnswers) async {
        let registry = self.registry
        let bundles = self.bundles
        let resources = BundleResources(bundles: bundles)
        await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: registry.definitions) }
        await server.withMethodHandler(CallTool.self) { params in
            switch registry.run(params.name, arguments: params.arguments, bundles: bundles) {
            case .success(let output): answers.result(for: output, tool: params.name)
            case .failure(let error): ToolRegistry.failure(error.description)
            }
        }
        await server.withMethodHandler(ListResources.self) { params in
            try Self.asProtocolError { () throws(ToolError) in try resources.list(cursor: params.cursor) }
        }
        await server.withMethodHandler(ReadResource.self) { params in
            try Self.asProtocolError { () throws(ToolError) in try resources.read(uri: params.uri) }
        }
    }

    /// A refused request as the protocol's "invalid params" error, with the reason.
    static func asProtocolError<T>(_ body: () throws(ToolError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw MCPError.invalidParams(error.description)
        }
    }
}
