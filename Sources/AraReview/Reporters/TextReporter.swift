import AraCore

/// `path:line:col: CODE message`, one line per finding, then a summary.
public struct TextReporter: Sendable {
    /// Wraps text in ANSI styles; identity functions when colour is off.
    public struct Style: Sendable {
        public var bold: @Sendable (String) -> String
        public var severity: @Sendable (Severity, String) -> String

        public init(
            bold: @escaping @Sendable (String) -> String, severity: @escaping @Sendable (Severity, String) -> String
        ) {
            self.bold = bold
            self.severity = severity
        }

        public static let plain = Style(bold: { $0 }, severity: { $1 })
    }

    public var style: Style

    public init(style: Style = .plain) {
        self.style = style
    }

    public func render(_ bundles: [ReportedBundle]) -> String {
        var lines: [String] = []
        for bundle in bundles {
            for finding in bundle.findings {
                let location = "\(bundle.path(of: finding)):\(finding.location.line):\(finding.location.column):"
                let marker = finding.fix != nil ? " [*]" : ""
                lines.append(
                    "\(style.bold(location)) \(style.severity(finding.severity, finding.code))\(marker) \(finding.message)"
                )
            }
        }
        let all = bundles.flatMap(\.findings)
        let summary = ReportSummary(all)
        if all.isEmpty {
            lines.append("All checks passed (\(bundles.count) bundle\(bundles.count == 1 ? "" : "s")).")
        } else {
            lines.append(
                "Found \(summary.findings) finding\(summary.findings == 1 ? "" : "s") (\(summary.errors) error, \(summary.warnings) warning, \(summary.infos) info) in \(bundles.count) bundle\(bundles.count == 1 ? "" : "s")."
            )
            if summary.fixable > 0 {
                lines.append("[*] \(summary.fixable) fixable with `arakit review --fix` (preview with --diff).")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `--statistics`: one line per code, most frequent first.
    public func statistics(_ bundles: [ReportedBundle]) -> String {
        let all = bundles.flatMap(\.findings)
        let counts = ReportSummary(all).byCode.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        let width = String(counts.first?.value ?? 0).count
        return counts.map { code, count in
            let fixable = all.contains { $0.code == code && $0.fix != nil } ? "[*]" : "   "
            let name = RuleRegistry.description(of: code)?.name ?? ""
            return String(repeating: " ", count: width - String(count).count) + "\(count)\t\(code)\t\(fixable) \(name)"
        }.joined(separator: "\n")
    }
}
