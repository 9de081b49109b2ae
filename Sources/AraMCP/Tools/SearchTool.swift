import AraSearch
import MCP

/// `search {query, kind, limit}`: ranked objects over every served bundle.
struct SearchTool: MCPTool {
    let cache: IndexCache

    var definition: Tool {
        Tool(
            name: "search",
            description: """
                Full-text search (BM25) over the served bundles' objects: claims, experiments, \
                nodes, evidence, code. Each hit has bundle, id, kind, title, path, line and the \
                matching line. Words are matched whole and stemmed; "quoted words" are a phrase, \
                a trailing * a prefix.
                """,
            inputSchema: Schema.object(
                [
                    "query": Schema.string("The words to find."),
                    "kind": .object([
                        "type": "string", "description": "Only objects of this kind.",
                        "enum": .array(ObjectKind.allCases.map { .string($0.rawValue) }),
                    ]),
                    "limit": Schema.integer("At most this many hits (default 10).", minimum: 1, maximum: 100),
                ], required: ["query"]),
            annotations: .init(readOnlyHint: true))
    }

    func call(_ arguments: ToolArguments, bundles: ServedBundles) throws(ToolError) -> ToolOutput {
        let query = try arguments.requiredString("query")
        let kind = try arguments.string("kind").map { name throws(ToolError) in
            guard let kind = ObjectKind(rawValue: name) else {
                throw .invalidArgument("kind", SearchError.unknownKind(name).description)
            }
            return kind
        }
        let limit = try arguments.integer("limit", in: 1...100) ?? 10
        var result: SearchResult
        do {
            result = try Searcher(cache: cache).search(
                paths: bundles.bundles.map(\.root), query: query, kind: kind, limit: limit)
        } catch {
            throw .failed(error.description)
        }
        // Hits name the bundle by the name the other tools take, not by its path on disk.
        let names = Dictionary(bundles.bundles.map { ($0.root, $0.name) }, uniquingKeysWith: { first, _ in first })
        for index in result.hits.indices {
            result.hits[index].bundle = names[result.hits[index].bundle] ?? result.hits[index].bundle
        }
        return try ToolOutput(result)
    }
}
