import AraReview

/// A ``CompletionResult`` as data: what `arakit fill --json` prints and what
/// an MCP tool returns (SPEC.md §15.3).
public struct CompletionReport: Codable, Sendable, Equatable {
    /// A finding as data.
    public struct FindingEntry: Codable, Sendable, Equatable {
        public var code, severity, path, message: String
        public var line, column: Int
        public var entity: String?

        public init(_ finding: Finding) {
            code = finding.code
            severity = finding.severity.rawValue
            path = finding.location.path
            line = finding.location.line
            column = finding.location.column
            message = finding.message
            entity = finding.entity
        }
    }

    public var status, target, path: String
    public var reasons, remaining, notes: [FindingEntry]

    public init(_ result: CompletionResult) {
        status = result.status.rawValue
        target = result.target
        path = result.path
        reasons = result.reasons.map(FindingEntry.init)
        remaining = result.remaining.map(FindingEntry.init)
        notes = result.notes.map(FindingEntry.init)
    }
}
