import AraCore

/// The text summary of a compile.
extension CompileReport {
    /// The summary as the command line prints it.
    public func text(style: TerminalStyle) -> String {
        let report = self
        var lines = [
            "\(style.bold("Compiled")) \(report.pages) pages into \(report.bundle)",
            "  title:      \(report.title ?? "pending")",
            "  authors:    \(report.authors.isEmpty ? "pending" : report.authors.joined(separator: ", "))",
            "  sections:   \(report.sections)",
            "  tables:     \(report.tables) (\(report.tablesWithCells) with cells)",
            "  figures:    \(report.figures)",
            "  references: \(report.references)",
            "  candidate claims staged: \(report.candidateClaims)",
        ]
        if report.repository != nil {
            lines.append(
                "  repository: \(report.dependencies) dependencies, \(report.artifacts) code artifacts, "
                    + "\(report.parameters) config parameters, \(report.historyNodes) history nodes")
        }
        lines.append("  files:      \(report.files.count)")
        if !report.pending.isEmpty {
            lines.append("\(style.bold("Pending")) (\(report.pending.count)):")
            lines += report.pending.map { "  - \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}
