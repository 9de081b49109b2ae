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

        /// Bold headings and codes coloured by severity, when `terminal` is on.
        public init(terminal: TerminalStyle) {
            self.init(
                bold: { terminal.bold($0) },
                severity: { severity, code in
                    switch severity {
                    case .error: terminal.red(code)
                    case .warning: terminal.yellow(code)
                    case .info: terminal.cyan(code)
                    }
                })
        }
    }

    public var style: Style

    public init(style: Style = .plain) {
        self.style = style
    }

    public func render(_ bundles: [ReportedBundle]) -> String {
        (bundles.flatMap(findingLines) + [summary(ReportSummary(bundles.flatMap(\.findings)), bundles: bundles.count)])
            .joined(separator: "\n")
    }

    /// One line per finding of a bundle.
    public func findingLines(_ bundle: ReportedBundle) -> [String] {
        bundle.findings.map { finding in
            let location = "\(bundle.path(of: finding)):\(finding.location.line):\(finding.location.column):"
            let marker = finding.fix != nil ? " [*]" : ""
            return
                "\(style.bold(location)) \(style.severity(finding.severity, finding.code))\(marker) \(finding.message)"
        }
    }

    /// The closing summary line(s).
    public func summary(_ summary: ReportSummary, bundles: Int) -> String {
        let plural = bundles == 1 ? "" : "s"
        guard summary.findings > 0 else { return "All checks passed (\(bundles) bundle\(plural))." }
        var text =
            "Found \(summary.findings) finding\(summary.findings == 1 ? "" : "s") (\(summary.errors) error, \(summary.warnings) warning, \(summary.infos) info) in \(bundles) bundle\(plural)."
        if summary.fixable > 0 {
            text += "\n[*] \(summary.fixable) fixable with `arakit review --fix` (preview with --diff)."
        }
        return text
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
