import AraComplete
import Foundation
import MCP

/// `pending {bundle}`: every field still marked pending, with what would fill
/// it and the `fill` call that writes it (SPEC.md §15.1).
struct PendingTool: MCPTool {
    struct Answer: Encodable {
        var bundle: String
        var pending: [PendingField]
    }

    var definition: Tool {
        Tool(
            name: "pending",
            description: """
                List every field of the bundle still marked pending: its target (C01, E02, RW03, \
                a figure file), field, file and line, what a value must be and which review rules \
                will check it, and the fill call that writes it (when the server allows writing).
                """,
            inputSchema: Schema.object(["bundle": Schema.bundle]),
            annotations: .init(readOnlyHint: true))
    }

    func call(_ arguments: ToolArguments, bundles: ServedBundles) throws(ToolError) -> ToolOutput {
        let bundle = try bundles.bundle(named: try arguments.string("bundle"))
        let pending: [PendingField]
        do {
            pending = try PendingFields.list(at: URL(fileURLWithPath: bundle.root))
        } catch {
            throw .failed("\(bundle.name): \(error.description)")
        }
        return try ToolOutput(Answer(bundle: bundle.name, pending: pending))
    }
}
