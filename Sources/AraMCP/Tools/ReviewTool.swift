import AraCore
import AraReview
import Foundation
import MCP

/// `review {select, bundle}`: review's findings as data.
struct ReviewTool: MCPTool {
    struct Entry: Codable {
        var code: String
        var severity: String
        var path: String
        var line: Int
        var column: Int
        var message: String
        var entity: String?
    }

    struct Answer: Codable {
        var bundle: String
        var findings: [Entry]
    }

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
        let findings = review.findings.map {
            Entry(
                code: $0.code, severity: $0.severity.rawValue, path: $0.location.path, line: $0.location.line,
                column: $0.location.column, message: $0.message, entity: $0.entity)
        }
        return try ToolOutput(Answer(bundle: bundle.name, findings: findings))
    }
}
