import AraReview

/// A ``CompletionResult`` as data: what `arakit fill --json` prints and what
/// an MCP tool returns (SPEC.md §15.3).
public struct CompletionReport: Codable, Sendable, Equatable {
    public var status, target, path: String
    public var reasons, remaining, notes: [FindingRecord]

    public init(_ result: CompletionResult) {
        status = result.status.rawValue
        target = result.target
        path = result.path
        reasons = result.reasons.map(FindingRecord.init)
        remaining = result.remaining.map(FindingRecord.init)
        notes = result.notes.map(FindingRecord.init)
    }
}
