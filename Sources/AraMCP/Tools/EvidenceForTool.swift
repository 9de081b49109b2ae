import AraRead
import AraReview
import MCP

/// `evidence_for {claim, bundle}`: claim → Proof experiments → evidence files → cells.
struct EvidenceForTool: MCPTool {
    let cache: ReadingCache

    struct Answer: Encodable {
        var claim: ObjectRef
        var statement: String?
        var proof: [ExperimentLink]
        var evidence: ClaimEvidence
    }

    var definition: Tool {
        Tool(
            name: "evidence_for",
            description: """
                What a claim is based on: its Proof experiments, their evidence files, the \
                chain review walks, and for each number the claim states, the table cells \
                that say it (file, row, column).
                """,
            inputSchema: Schema.object(
                ["claim": Schema.string("The claim's id (C03)."), "bundle": Schema.bundle], required: ["claim"]),
            annotations: .init(readOnlyHint: true))
    }

    func call(_ arguments: ToolArguments, bundles: ServedBundles) throws(ToolError) -> ToolOutput {
        let bundle = try bundles.bundle(named: try arguments.string("bundle"))
        let id = try arguments.requiredString("claim")
        guard case .claim(let view) = try cache.resolve(id, in: bundle, argument: "claim") else {
            throw .invalidArgument("claim", "'\(id)' is not a claim (claims are C01, C02 …)")
        }
        let statement = view.block.fields.first { $0.name == "Statement" }?.text
        return try ToolOutput(
            Answer(claim: view.block.ref, statement: statement, proof: view.proof, evidence: view.evidence))
    }
}
