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
        await register(on: server)
        try await server.start(transport: LineTransport())
        await server.waitUntilCompleted()
    }

    func register(on server: Server) async {
        let registry = self.registry
        let bundles = self.bundles
        let resources = BundleResources(bundles: bundles)
        await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: registry.definitions) }
        await server.withMethodHandler(CallTool.self) { params in
            registry.call(params.name, arguments: params.arguments, bundles: bundles)
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
