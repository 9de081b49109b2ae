import AraCore
import AraReview
import Foundation
import MCP

/// `review {select, bundle}`: review's findings as data.
struct ReviewTool: MCPTool {
    var definition: Tool {
        Tool(
            name: "review",
            description: """
                Run arakit review on a bundle and return its findings (code, severity, path, \
                line, column, message). `select` takes rule codes, prefixes or names, \
                comma-separated (`CL,EV011`); all rules when left out.
                """,
            inputSchema: Schema.object([
                "select": Schema.string("Rule codes, prefixes or names, comma-separated."), "bundle": Schema.bundle,
            ]),
            annotations: .init(readOnlyHint: true))
    }

    func call(_ arguments: ToolArguments, bundles: ServedBundles) throws(ToolError) -> ToolOutput {
        let bundle = try bundles.bundle(named: try arguments.string("bundle"))
        let select = try arguments.string("select").map {
            $0.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        }
        if let select {
            let unknown = RuleSelection.unknown(select)
            guard unknown.isEmpty else {
                throw .invalidArgument("select", "unknown rule selector(s): \(unknown.joined(separator: ", "))")
            }
        }
        let review: BundleReview
        do {
            review = try Reviewer(select: select).review(at: URL(fileURLWithPath: bundle.root))
        } catch {
            throw .failed("\(bundle.name): \(error)")
        }
        return ToolOutput(written: Self.answer(bundle: bundle.name, findings: review.findings))
    }

    /// `{"bundle", "findings"}`, written record by record: a bundle can have
    /// hundreds of thousands of findings, too many to encode as one tree.
    static func answer(bundle: String, findings: [Finding]) -> String {
        var json = JSONText()
        json.object { members in
            members.string("bundle", bundle)
            members.raw("findings", "[" + findings.map { FindingRecord($0).json }.joined(separator: ",") + "]")
        }
        return json.text
    }
}
