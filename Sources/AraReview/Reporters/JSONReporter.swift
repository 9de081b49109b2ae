import AraCore
import Foundation

/// The `--format json` shape (SPEC.md §9.10): one object per bundle; several
/// bundles give an array of them.
public struct JSONReporter: Sendable {
    public var version: String

    public init(version: String) {
        self.version = version
    }

    struct Report: Encodable {
        var version: String
        var bundle: String
        var findings: [Entry]
        var summary: ReportSummary
    }

    struct Entry: Encodable {
        var code: String
        var severity: Severity
        var path: String
        var line: Int
        var column: Int
        var endLine: Int
        var message: String
        var fixable: Bool
        var entity: String?

        enum CodingKeys: String, CodingKey {
            case code, severity, path, line, column, message, fixable, entity
            case endLine = "end_line"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(severity, forKey: .severity)
            try container.encode(path, forKey: .path)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(endLine, forKey: .endLine)
            try container.encode(message, forKey: .message)
            try container.encode(fixable, forKey: .fixable)
            try container.encode(entity, forKey: .entity)  // null when there is none
        }
    }

    public func render(_ bundles: [ReportedBundle]) throws -> String {
        let reports = bundles.map { bundle in
            Report(
                version: version, bundle: bundle.displayPath,
                findings: bundle.findings.map {
                    Entry(
                        code: $0.code, severity: $0.severity, path: $0.location.path, line: $0.location.line,
                        column: $0.location.column, endLine: $0.endLine ?? $0.location.line, message: $0.message,
                        fixable: $0.fix != nil, entity: $0.entity)
                },
                summary: ReportSummary(bundle.findings))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = reports.count == 1 ? try encoder.encode(reports[0]) : try encoder.encode(reports)
        return String(decoding: data, as: UTF8.self)
    }
}
