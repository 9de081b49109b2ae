import AraCore

/// The `--format json` shape (SPEC.md §9.10): one object per bundle; several
/// bundles give an array of them.
public struct JSONReporter: Sendable {
    public var version: String

    public init(version: String) {
        self.version = version
    }

    public func render(_ bundles: [ReportedBundle]) -> String {
        let reports = bundles.map(report)
        return reports.count == 1 ? reports[0] : "[" + reports.joined(separator: ",") + "]"
    }

    /// One bundle's object, keys sorted as `JSONEncoder` sorts them.
    func report(_ bundle: ReportedBundle) -> String {
        let findings = bundle.findings.map { finding in
            var json = JSONText()
            json.object { members in
                members.string("code", finding.code)
                members.int("column", finding.location.column)
                members.int("end_line", finding.endLine ?? finding.location.line)
                members.string("entity", finding.entity)  // null when there is none
                members.bool("fixable", finding.fix != nil)
                members.int("line", finding.location.line)
                members.string("message", finding.message)
                members.string("path", finding.location.path)
                members.string("severity", finding.severity.rawValue)
            }
            return json.text
        }
        let summary = ReportSummary(bundle.findings)
        var byCode = JSONText()
        byCode.object { members in
            for (code, count) in summary.byCode.sorted(by: { $0.key < $1.key }) { members.int(code, count) }
        }
        var summaryJSON = JSONText()
        summaryJSON.object { members in
            members.raw("by_code", byCode.text)
            members.int("errors", summary.errors)
            members.int("findings", summary.findings)
            members.int("fixable", summary.fixable)
            members.int("infos", summary.infos)
            members.int("warnings", summary.warnings)
        }
        var json = JSONText()
        json.object { members in
            members.string("bundle", bundle.displayPath)
            members.raw("findings", "[" + findings.joined(separator: ",") + "]")
            members.raw("summary", summaryJSON.text)
            members.string("version", version)
        }
        return json.text
    }
}
