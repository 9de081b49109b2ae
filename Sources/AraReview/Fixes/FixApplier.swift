import AraCore
import Foundation

/// What `--fix` (or `--diff`) did to one bundle.
public struct FixOutcome: Sendable {
    /// Original and fixed text of every file a fix changed, by bundle-relative path.
    public var changes: [String: (before: String, after: String)]
    /// Fixes applied.
    public var applied: [Finding]
    /// Fixable findings whose fix was dropped, and why.
    public var dropped: [(finding: Finding, reason: String)]
    /// The review of the fixed text.
    public var review: BundleReview
}

/// Applies safe fixes: one fix at a time, each checked by reading its result
/// and reviewing it again before it is kept (SPEC.md §9.7).
///
/// A fix is kept only when the review of its result has no finding the review
/// before it lacked, and, for spelling-only fixes, the model read back equals
/// the model before. Nothing is written until every fix is settled, and then
/// each file is written atomically.
public struct FixApplier: Sendable {
    public var reviewer: Reviewer
    /// Bounds the work on a hostile bundle.
    public var maximumFixes = 2_000

    public init(reviewer: Reviewer) {
        self.reviewer = reviewer
    }

    public func fix(at root: URL, write: Bool) throws(ReviewError) -> FixOutcome {
        var texts: [String: String] = [:]
        var originals: [String: String] = [:]
        var review = try reviewer.review(at: root)
        var applied: [Finding] = []
        var dropped: [(Finding, String)] = []
        var refused: Set<String> = []
        while applied.count + dropped.count < maximumFixes {
            let candidates = review.findings.filter { $0.fix != nil && !refused.contains(Self.key($0)) }
            guard let finding = candidates.first, let fix = finding.fix else { break }
            refused.insert(Self.key(finding))
            guard let edited = Self.apply(fix, to: texts, root: root, reviewer: reviewer, originals: &originals) else {
                dropped.append((finding, "its edits do not apply to the current text"))
                continue
            }
            let after = try reviewer.review(at: root, overrides: edited)
            let before = Set(review.findings.map(\.identity))
            if let new = after.findings.first(where: { !before.contains($0.identity) }) {
                dropped.append((finding, "the result would have a new finding: \(new.code) \(new.message)"))
                continue
            }
            if fix.preservesModel, after.bundle != review.bundle {
                dropped.append((finding, "the result would read differently"))
                continue
            }
            texts = edited
            review = after
            applied.append(finding)
        }
        var changes: [String: (before: String, after: String)] = [:]
        for (path, text) in texts where originals[path] != text { changes[path] = (originals[path] ?? "", text) }
        if write, !changes.isEmpty {
            do {
                try BundleWriter().write(files: changes.mapValues(\.after), to: root)
            } catch {
                throw .write("cannot write the fixes: \(error)")
            }
        }
        return FixOutcome(changes: changes, applied: applied, dropped: dropped, review: review)
    }

    /// Where a finding is and what it says, so a refused fix is not tried again.
    static func key(_ finding: Finding) -> String { "\(finding.identity)|\(finding.location.line)" }

    /// The texts with the fix's edits applied, or `nil` when an edit falls outside its file.
    static func apply(
        _ fix: Fix, to texts: [String: String], root: URL, reviewer: Reviewer, originals: inout [String: String]
    ) -> [String: String]? {
        var result = texts
        let byPath = Dictionary(grouping: fix.edits, by: \.path)
        for (path, edits) in byPath {
            if result[path] == nil {
                guard let file = try? BundleFileSystem(root: root, limits: reviewer.limits).readText(path).file else {
                    return nil
                }
                originals[path] = file.text
                result[path] = file.text
            }
            var lines = result[path]!.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // Later edits first, so earlier line numbers stay valid.
            for edit in edits.sorted(by: { $0.lines.lowerBound > $1.lines.lowerBound }) {
                guard edit.lines.lowerBound >= 0, edit.lines.upperBound <= lines.count else { return nil }
                lines.replaceSubrange(edit.lines, with: edit.replacement)
            }
            result[path] = lines.joined(separator: "\n")
        }
        return result
    }
}
