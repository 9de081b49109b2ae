import AraComplete
import Foundation
import MCP

/// `add {kind, markdown, bundle}`: guarded completion of a whole claim or
/// experiment block, refused with the reasons when review finds anything new.
struct AddTool: MCPTool {
    var definition: Tool {
        Tool(
            name: "add",
            description: """
                Add one claim or experiment, given as its Markdown block (`## C09: Title` then \
                `- **Statement**: …` fields). It is reviewed before it is written: a quote not at \
                its place, a number no cell its Proof reaches holds, or an id that does not exist \
                refuses it with the reasons, and nothing changes.
                """,
            inputSchema: Schema.object(
                [
                    "kind": .object([
                        "type": "string", "enum": .array(BlockKind.allCases.map { .string($0.rawValue) }),
                        "description": "claim or experiment",
                    ]),
                    "markdown": Schema.string("The block: one `## C09: Title` (or E) section with its fields."),
                    "bundle": Schema.bundle,
                ], required: ["kind", "markdown"]),
            annotations: .init(readOnlyHint: false, destructiveHint: false, idempotentHint: true))
    }

    func call(_ arguments: ToolArguments, bundles: ServedBundles) throws(ToolError) -> ToolOutput {
        let bundle = try bundles.bundle(named: try arguments.string("bundle"))
        let kindName = try arguments.requiredString("kind")
        guard let kind = BlockKind(rawValue: kindName) else {
            throw .invalidArgument("kind", "expected claim or experiment, not '\(kindName)'")
        }
        let markdown = try arguments.requiredString("markdown")
        let result: CompletionResult
        do {
            result = try Completer().add(kind, bundle: URL(fileURLWithPath: bundle.root), markdown: markdown)
        } catch {
            throw .failed("\(bundle.name): \(error.description)")
        }
        return try ToolOutput(CompletionReport(result))
    }
}
