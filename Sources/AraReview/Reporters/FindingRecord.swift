import AraCore

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

    /// The record as `JSONEncoder` (sorted keys, unescaped slashes) writes it,
    /// without its generic encoding: the MCP `review` answer for 200,000
    /// findings built a tree of them that alone took some 200 MB.
    public var json: String {
        var json = JSONText()
        json.object { members in
            members.string("code", code)
            members.int("column", column)
            members.stringIfPresent("entity", entity)
            members.int("line", line)
            members.string("message", message)
            members.string("path", path)
            members.string("severity", severity)
        }
        return json.text
    }
}
