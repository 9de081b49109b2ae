import AraCore
import Foundation

/// SARIF 2.1.0: one run for the whole invocation, every rule described in
/// `tool.driver.rules`, one result per finding with its region and its fix.
public struct SARIFReporter: Sendable {
    public var version: String

    public init(version: String) {
        self.version = version
    }

    public func render(_ bundles: [ReportedBundle]) throws -> String {
        let descriptions = RuleRegistry.descriptions
        let ruleIndex = Dictionary(uniqueKeysWithValues: descriptions.enumerated().map { ($1.code, $0) })
        let rules: [[String: Any]] = descriptions.map { rule in
            [
                "id": rule.code,
                "name": rule.name,
                "shortDescription": ["text": rule.summary],
                "fullDescription": ["text": rule.why],
                "help": [
                    "text": "\(rule.summary)\n\nWhy: \(rule.why)\n\nExample:\n\(rule.example)\n\nFix: \(rule.howToFix)",
                    "markdown":
                        "\(rule.summary)\n\n**Why.** \(rule.why)\n\n**Example.**\n\n```\n\(rule.example)\n```\n\n**Fix.** \(rule.howToFix)",
                ],
                "helpUri": "https://github.com/arakit/arakit/blob/main/SPEC.md#91-findings-and-codes",
                "defaultConfiguration": ["level": Self.level(rule.severity)],
                "properties": ["family": rule.family.title, "fixable": rule.fixable],
            ]
        }
        // Each result is encoded on its own and only its bytes are kept: as one
        // tree of dictionaries, 200,000 findings (a bundle of 50,000 empty
        // tables) took over a gigabyte where the text report took 200 MB.
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        var results = Data("[".utf8)
        for bundle in bundles {
            for finding in bundle.findings {
                var region: [String: Any] = [
                    "startLine": finding.location.line, "startColumn": finding.location.column,
                ]
                if let end = finding.endLine, end > finding.location.line { region["endLine"] = end }
                var result: [String: Any] = [
                    "ruleId": finding.code,
                    "level": Self.level(finding.severity),
                    "message": ["text": finding.message],
                    "locations": [
                        ["physicalLocation": ["artifactLocation": ["uri": bundle.path(of: finding)], "region": region]]
                    ],
                ]
                if let index = ruleIndex[finding.code] { result["ruleIndex"] = index }
                if let entity = finding.entity { result["properties"] = ["entity": entity] }
                if let fix = finding.fix { result["fixes"] = [Self.fix(fix, bundle: bundle)] }
                if results.count > 1 { results.append(UInt8(ascii: ",")) }
                results.append(try JSONSerialization.data(withJSONObject: result, options: options))
            }
        }
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                [
                    "tool": [
                        "driver": [
                            "name": "arakit", "semanticVersion": version, "version": version,
                            "informationUri": "https://github.com/arakit/arakit", "rules": rules,
                        ]
                    ],
                    "columnKind": "unicodeCodePoints",
                    "results": [],
                ]
            ],
        ]
        results.append(UInt8(ascii: "]"))
        // Every quote inside a JSON string is escaped, so the empty array's key occurs once.
        let frame = String(decoding: try JSONSerialization.data(withJSONObject: log, options: options), as: UTF8.self)
        let placeholder = "\"results\":[]"
        guard let range = frame.range(of: placeholder) else { return frame }
        return frame.replacingCharacters(in: range, with: "\"results\":" + String(decoding: results, as: UTF8.self))
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// Line edits as SARIF replacements: delete whole lines, insert whole lines.
    static func fix(_ fix: Fix, bundle: ReportedBundle) -> [String: Any] {
        let byPath = Dictionary(grouping: fix.edits, by: \.path)
        let changes: [[String: Any]] = byPath.sorted(by: { $0.key < $1.key }).map { path, edits in
            [
                "artifactLocation": ["uri": ReportedBundle.join(bundle.displayPath, path)],
                "replacements": edits.map { edit -> [String: Any] in
                    [
                        "deletedRegion": [
                            "startLine": edit.lines.lowerBound + 1, "startColumn": 1,
                            "endLine": edit.lines.upperBound + 1, "endColumn": 1,
                        ],
                        "insertedContent": ["text": edit.replacement.map { $0 + "\n" }.joined()],
                    ]
                },
            ]
        }
        return ["description": ["text": fix.summary], "artifactChanges": changes]
    }
}
