import AraCore
import Foundation

/// One `arakit review` over several bundles: a review, a preview of the
/// fixes, or the fixes written. Errors and notes go to `note` as they happen;
/// a bundle that cannot be reviewed never stops the others.
public struct ReviewRun {
    public enum Mode: Sendable { case review, diff, fix }

    /// A bundle as the user named it and where it is.
    public struct Bundle: Sendable {
        public var displayPath: String
        public var root: URL

        public init(displayPath: String) {
            self.displayPath = displayPath
            self.root = URL(fileURLWithPath: displayPath)
        }
    }

    /// What a run found: the reports, the fixes as diffs, and whether any bundle failed.
    public struct Outcome {
        public var reported: [ReportedBundle] = []
        public var diffs: [String] = []
        public var failed = false

        public var hadFindings: Bool { reported.contains { !$0.findings.isEmpty } }
    }

    public var reviewer: Reviewer
    public var mode: Mode
    /// Standard-error lines: errors, fixes applied, fixes dropped, leftovers removed.
    public var note: (String) -> Void

    /// Bundles reviewed (in parallel) per chunk when streaming.
    public static let chunk = 64

    public init(reviewer: Reviewer, mode: Mode, note: @escaping (String) -> Void) {
        self.reviewer = reviewer
        self.mode = mode
        self.note = note
    }

    /// Reviews (or fixes) every bundle and keeps every finding.
    public func run(_ bundles: [Bundle], keepingFixEdits: Bool) -> Outcome {
        guard mode == .review else { return fixAll(bundles) }
        var outcome = Outcome()
        let results = reviewer.review(bundles.map(\.root), keepingFixEdits: keepingFixEdits)
        for (bundle, result) in zip(bundles, results) {
            switch result {
            case .success(let review):
                outcome.reported.append(ReportedBundle(displayPath: bundle.displayPath, findings: review.findings))
            case .failure(let error):
                fail(error, bundle, &outcome)
            }
        }
        return outcome
    }

    /// Reviews a chunk of bundles at a time and hands each report to `write`
    /// at once; returns whether any had findings and whether any failed.
    public func stream(_ bundles: [Bundle], report: inout StreamingReport, write: (String) -> Void) throws
        -> (hadFindings: Bool, failed: Bool)
    {
        var outcome = Outcome()
        if let opening = report.begin() { write(opening) }
        for start in stride(from: 0, to: bundles.count, by: Self.chunk) {
            let chunk = Array(bundles[start..<min(start + Self.chunk, bundles.count)])
            for (bundle, result) in zip(chunk, reviewer.review(chunk.map(\.root), keepingFixEdits: false)) {
                switch result {
                case .success(let review):
                    let reported = ReportedBundle(displayPath: bundle.displayPath, findings: review.findings)
                    if let text = try report.emit(reported) { write(text) }
                case .failure(let error):
                    fail(error, bundle, &outcome)
                }
            }
        }
        if let closing = report.end(bundles: bundles.count) { write(closing) }
        return (report.hadFindings, outcome.failed)
    }

    func fixAll(_ bundles: [Bundle]) -> Outcome {
        var outcome = Outcome()
        let applier = FixApplier(reviewer: reviewer)
        for bundle in bundles {
            do {
                let fixed = try applier.fix(at: bundle.root, write: mode == .fix)
                outcome.reported.append(
                    ReportedBundle(displayPath: bundle.displayPath, findings: fixed.review.findings))
                for (path, change) in fixed.changes.sorted(by: { $0.key < $1.key }) {
                    outcome.diffs.append(
                        UnifiedDiff.render(
                            path: ReportedBundle.join(bundle.displayPath, path), before: change.before,
                            after: change.after))
                }
                describe(fixed, bundle)
            } catch {
                fail(error, bundle, &outcome)
            }
        }
        return outcome
    }

    func describe(_ fixed: FixOutcome, _ bundle: Bundle) {
        for path in fixed.removedLeftovers {
            note("note: removed \(ReportedBundle.join(bundle.displayPath, path)), left by an interrupted write")
        }
        for (finding, reason) in fixed.dropped {
            note("note: \(finding.code) fix at \(finding.location) not applied: \(reason)")
        }
        if mode == .fix, !fixed.applied.isEmpty {
            note(
                "fixed \(fixed.applied.count) finding(s) in \(fixed.changes.count) file(s) of \(bundle.displayPath)")
        }
    }

    /// Says the error with the bundle path as the user typed it, not made absolute.
    func fail(_ error: ReviewError, _ bundle: Bundle, _ outcome: inout Outcome) {
        note("error: " + error.description.replacingOccurrences(of: bundle.root.path, with: bundle.displayPath))
        outcome.failed = true
    }
}
