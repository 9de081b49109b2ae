import AraCore
import Foundation
import MCP

/// `list_bundles`: the bundles this server serves, with title and counts.
struct ListBundlesTool: MCPTool {
    struct Entry: Codable {
        var name: String
        var title: String?
        var claims: Int
        var experiments: Int
        var nodes: Int
        var files: Int
    }

    var definition: Tool {
        Tool(
            name: "list_bundles",
            description: "The ARA bundles this server serves: name (for the other tools' `bundle`), title, counts.",
            inputSchema: Schema.object([:]), annotations: .init(readOnlyHint: true))
    }

    func call(_ arguments: ToolArguments, bundles: ServedBundles) throws(ToolError) -> ToolOutput {
        let entries = bundles.bundles.map { bundle in
            let read = try? BundleReader().read(at: URL(fileURLWithPath: bundle.root))
            let model = read?.bundle
            return Entry(
                name: bundle.name, title: model?.manifest?.title, claims: model?.claims.count ?? 0,
                experiments: model?.experiments.count ?? 0, nodes: model?.tree?.allNodes.count ?? 0,
                files: model?.allPaths.count ?? 0)
        }
        return try ToolOutput(["bundles": entries])
    }
}
