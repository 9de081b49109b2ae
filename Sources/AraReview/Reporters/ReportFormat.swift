/// What a review report looks like: one of the formats, or counts per rule.
public struct ReportOptions: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, sarif, github
    }

    public var format: Format
    /// `--statistics`: one line per code instead of the findings.
    public var statistics: Bool
    /// Colours for text (plain when not on a terminal).
    public var style: TextReporter.Style
    /// AraKit's version, written into JSON and SARIF.
    public var version: String

    public init(format: Format, statistics: Bool, style: TextReporter.Style = .plain, version: String) {
        self.format = format
        self.statistics = statistics
        self.style = style
        self.version = version
    }

    /// The whole report of some bundles.
    public func render(_ reported: [ReportedBundle]) throws -> String {
        let text = TextReporter(style: style)
        if statistics { return text.statistics(reported) }
        switch format {
        case .text: return text.render(reported)
        case .json: return JSONReporter(version: version).render(reported)
        case .sarif: return try SARIFReporter(version: version).render(reported)
        case .github: return GitHubReporter().render(reported)
        }
    }

    /// Whether the report can be written a bundle at a time (SARIF and
    /// statistics need every finding first).
    public var streams: Bool { !statistics && format != .sarif }
}

/// A report written as bundles are reviewed, so memory does not grow with
/// their number: the opening, one piece per bundle, the closing.
public struct StreamingReport {
    public let options: ReportOptions
    private var summary = ReportSummary()
    private var bundles = 0

    public init(options: ReportOptions) {
        self.options = options
    }

    /// Whether any bundle so far had a finding.
    public var hadFindings: Bool { summary.findings > 0 }

    public func begin() -> String? { options.format == .json ? "[" : nil }

    public mutating func emit(_ bundle: ReportedBundle) throws -> String? {
        let first = bundles == 0
        bundles += 1
        summary.add(bundle.findings)
        switch options.format {
        case .json: return (first ? "" : ",") + JSONReporter(version: options.version).render([bundle])
        case .github: return GitHubReporter().render([bundle])
        case .text, .sarif:
            let lines = TextReporter(style: options.style).findingLines(bundle)
            return lines.isEmpty ? nil : lines.joined(separator: "\n")
        }
    }

    public func end(bundles total: Int) -> String? {
        switch options.format {
        case .json: return "]"
        case .text: return TextReporter(style: options.style).summary(summary, bundles: total)
        case .github, .sarif: return nil
        }
    }
}
