import AraComplete
import AraCore
import AraReview
import ArgumentParser

/// How `fill` and `add` report a guarded write, as text or JSON, and the exit
/// status it maps to: 0 written or unchanged, 1 refused.
enum CompletionOutput {
    /// Prints the result and throws the exit status a refusal maps to.
    static func report(_ result: CompletionResult, what: String, json: Bool) throws {
        if json {
            print(try JSONOutput.encode(CompletionReport(result)))
        } else {
            print(text(result, what: what, style: TerminalStyle.forStandardOutput()))
        }
        if result.status == .refused { throw ExitCode(1) }
    }

    static func text(_ result: CompletionResult, what: String, style: TerminalStyle) -> String {
        var lines: [String]
        switch result.status {
        case .refused:
            lines = [
                style.red("refused") + ": \(what) would add \(result.reasons.count) finding(s); nothing was written"
            ]
            lines += result.reasons.map { "  " + line($0) }
        case .written:
            lines = [style.bold("wrote") + " \(what) to \(result.path)"]
        case .unchanged:
            lines = ["unchanged: \(result.path) already says \(what)"]
        }
        if !result.notes.isEmpty {
            lines.append("note: expected, to do next:")
            lines += result.notes.map { "  " + line($0) }
        }
        if result.status != .refused, !result.remaining.isEmpty {
            lines.append("still reported for \(result.target):")
            lines += result.remaining.map { "  " + line($0) }
        }
        return lines.joined(separator: "\n")
    }

    static func line(_ finding: Finding) -> String {
        "\(finding.location.path):\(finding.location.line):\(finding.location.column): \(finding.code) \(finding.message)"
    }
}
