import AraCore

/// What a claim rests on, walked the way review walks it (SPEC.md §9.5):
/// the evidence chain, and for each measured value the cells that say it.
public struct ClaimEvidence: Sendable, Encodable {
    /// The chain's steps, in order (`E01 Evidence → evidence/tables/t2.md`).
    public var steps: [String]
    /// Evidence files reached, in order, without repeats.
    public var files: [String]
    /// Each measured value of the claim, with its cells.
    public var values: [ValueCells]
}

/// One measured value of a claim and the cells of its chain that say it.
public struct ValueCells: Sendable, Encodable {
    /// The value as the claim writes it.
    public var value: String
    /// Cells equal to the value, or rounding to it.
    public var cells: [TableCell]
    /// No cell says it, but two numbers of one row or column differ by it.
    public var isDifference: Bool

    enum CodingKeys: String, CodingKey {
        case value, cells
        case isDifference = "is_difference"
    }
}

extension ReviewContext {
    /// The claim's evidence chain and the cells its numbers come from.
    public func evidence(for claim: Claim) -> ClaimEvidence {
        let field = ClaimValues.field(of: claim)
        let chain = EvidenceChain.walk(claim, text: field?.value ?? "", context: self, objects: evidenceObjects)
        let grids = chain.files.compactMap { numberGrid($0) }
        var seen: Set<String> = []
        let values = (field.map(ClaimValues.values(in:)) ?? []).filter { seen.insert($0.canonical).inserted }.map {
            value in
            let cells = grids.flatMap { $0.cells(saying: value) }
            return ValueCells(
                value: value.written, cells: cells,
                isDifference: cells.isEmpty && grids.contains { $0.hasDifference(value) })
        }
        return ClaimEvidence(steps: chain.steps, files: chain.files, values: values)
    }

    /// Ids of the claims whose evidence chain reaches a file, in claim order.
    public func claims(reaching path: String) -> [String] { claimsReachingFile[path] ?? [] }

    /// For each evidence file, the ids of the claims whose chain reaches it,
    /// each chain walked once: walking every claim's chain for each file made
    /// the site of a bundle of many claims and files quadratic.
    static func claimsReaching(_ context: ReviewContext) -> [String: [String]] {
        var reaching: [String: [String]] = [:]
        for claim in context.claims {
            let text = ClaimValues.field(of: claim)?.value ?? ""
            let chain = EvidenceChain.walk(claim, text: text, context: context, objects: context.evidenceObjects)
            for path in Set(chain.files) { reaching[path, default: []].append(claim.id) }
        }
        return reaching
    }
}

extension ReviewContext {
    /// Evidence files that hold a numbered object (`Table 3`, `Fig. 4`),
    /// found as review finds them: file name, heading, or Source field.
    public func evidenceFiles(holding object: String) -> [String] {
        guard let name = EvidenceChain.objectMentions(in: object).first else { return [] }
        return evidenceObjects[name] ?? []
    }

    /// Existing evidence paths a field names (an experiment's Evidence).
    public func evidencePaths(in field: MarkdownField) -> [String] {
        EvidenceChain.paths(in: field, context: self)
    }
}
