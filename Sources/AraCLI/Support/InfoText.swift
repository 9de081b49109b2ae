import AraCore

/// The human-readable form of `arakit info`.
enum InfoText {
    static func render(_ summary: BundleSummary, style: TerminalStyle) -> String {
        var lines: [String] = []
        lines.append(style.bold(summary.title ?? "(no title in PAPER.md)"))
        if !summary.authors.isEmpty {
            lines.append(summary.authors.joined(separator: ", ") + (summary.year.map { " (\($0))" } ?? ""))
        }
        lines.append("")
        lines.append("layers       " + (summary.layers.isEmpty ? "none" : summary.layers.joined(separator: " ")))
        let counts = summary.counts
        let rows: [(String, Int)] = [
            ("claims", counts.claims), ("experiments", counts.experiments), ("concepts", counts.concepts),
            ("heuristics", counts.heuristics), ("related work", counts.relatedWork), ("tree nodes", counts.nodes),
            ("dead ends", counts.deadEnds), ("sessions", counts.sessions), ("observations", counts.observations),
            ("evidence", counts.evidenceFiles),
        ]
        for (label, value) in rows {
            lines.append(label.padding(toLength: 13, withPad: " ", startingAt: 0) + String(value))
        }
        if !summary.nodeTypes.isEmpty {
            let types = summary.nodeTypes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            lines.append("node types   " + types.joined(separator: ", "))
        }
        lines.append("")
        if summary.diagnostics.isEmpty {
            lines.append("no diagnostics")
        } else {
            for diagnostic in summary.diagnostics {
                let severity: String =
                    switch diagnostic.severity {
                    case .error: style.red("error")
                    case .warning: style.yellow("warning")
                    case .info: style.cyan("info")
                    }
                lines.append(
                    "\(diagnostic.location): \(style.bold(diagnostic.code.rawValue)) \(severity): \(diagnostic.message)"
                )
            }
            let bySeverity = Dictionary(grouping: summary.diagnostics, by: \.severity)
            let parts = Severity.allCases.reversed().compactMap { severity in
                bySeverity[severity].map { "\($0.count) \(severity.rawValue)\($0.count == 1 ? "" : "s")" }
            }
            let noun = summary.diagnostics.count == 1 ? "diagnostic" : "diagnostics"
            lines.append(style.dim("\(summary.diagnostics.count) \(noun): " + parts.joined(separator: ", ")))
        }
        return lines.joined(separator: "\n")
    }
}
