import AraComplete
import Foundation
import MCP

/// `fill {target, field, value, replace, bundle}`: guarded completion of one
/// field. The write is checked as review would check it and refused, with
/// the findings, when it would add any; nothing changes then.
struct FillTool: MCPTool {
    var definition: Tool {
        Tool(
            name: "fill",
            description: """
                Write one field of a claim (C03), experiment (E02), heuristic (H01), related-work \
                entry (RW04) or figure (Figure 2). Before anything is written the bundle is \
                reviewed with the new text: a quote not at its place, a number no cell its Proof \
                reaches holds, or an id that does not exist refuses the write with the reasons, \
                and nothing changes. A field already filled is replaced only with replace: true.
                """,
            inputSchema: Schema.object(
                [
                    "target": Schema.string("The block or figure: C03, E02, H01, RW04, Figure 2."),
                    "field": Schema.string("The field label: Statement, Proof, Sources, Type, Figure type …"),
                    "value": Schema.string("The new value (a Sources entry may leave out its leading '- ')."),
                    "replace": Schema.boolean("Replace text that is already there (default false)."),
                    "bundle": Schema.bundle,
                ], required: ["target", "field", "value"]),
            annotations: .init(readOnlyHint: false, destructiveHint: false, idempotentHint: true))
    }

    func call(_ arguments: ToolArguments, bundles: ServedBundles) throws(ToolError) -> ToolOutput {
        let bundle = try bundles.bundle(named: try arguments.string("bundle"))
        let target = try arguments.requiredString("target")
        let field = try arguments.requiredString("field")
        let value = try arguments.requiredString("value")
        let replace = try arguments.boolean("replace") ?? false
        let result: CompletionResult
        do {
            result = try Completer().fill(
                bundle: URL(fileURLWithPath: bundle.root), target: target, field: field, value: value,
                replace: replace)
        } catch {
            throw .failed("\(bundle.name): \(error.description)")
        }
        return try ToolOutput(CompletionReport(result))
    }
}
