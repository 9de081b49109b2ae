/// A finding as plain data, for answers that carry findings inside a larger
/// document (a completion's reasons, the MCP `review` tool). The reporters
/// write their own richer forms (SPEC.md §9.10).
public struct FindingRecord: Codable, Sendable, Equatable {
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
