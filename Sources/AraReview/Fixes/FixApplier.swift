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
    /// Temporary files of an interrupted write that were removed (with `write`).
    public var removedLeftovers: [String] = []
    /// The review of the fixed text.
    public var review: BundleReview
}

/// Applies safe fixes, each checked by reading its result and reviewing it
/// again before it is kept (SPEC.md §9.8).
///
/// Independent fixes are tried together; if the batch is refused they are
/// tried one at a time. A result is kept only when no rule finds more in any
/// file than before and, for spelling-only fixes, the model read back equals
/// the model before. Nothing is written until every fix is settled, and then
/// each changed file is written atomically.
public struct FixApplier: Sendable {
    public var reviewer: Reviewer
    /// Bounds the work on a hostile bundle.
    public var maximumFixes = 2_000

    public init(reviewer: Reviewer) {
        self.reviewer = reviewer
    }

    public func fix(at root: URL, write: Bool) throws(ReviewError) -> FixOutcome {
        // A writer holds the bundle lock from its first read to its last write,
        // so a capture running meanwhile neither loses the fix nor is lost by it.
        let lock: BundleLock?
        do {
            lock = write ? try BundleLock.acquire(root, command: "review --fix") : nil
        } catch {
            throw .read(error)
        }
        defer { lock?.release() }
        // Files as bytes split into lines: a fix replaces whole lines, and every
        // byte it does not replace (line ends, a BOM, bytes that are not UTF-8) is kept.
        var texts: [String: RawLines] = [:]
        var originals: [String: RawLines] = [:]
        var review = try reviewer.review(at: root)
        var applied: [Finding] = []
        var dropped: [(Finding, String)] = []
        var tried: Set<String> = []
        while applied.count + dropped.count < maximumFixes {
            let candidates = review.findings.compactMap { finding in
                finding.fix.map { Candidate(finding: finding, fix: $0) }
            }.filter { !tried.contains(Self.key($0.finding)) }
            guard !candidates.isEmpty else { break }
            // Most fixes are independent: try them together first, one by one only if that fails.
            let batch = Array(Self.independent(candidates).prefix(maximumFixes - applied.count - dropped.count))
            if batch.count > 1,
                case .accepted(let edited, let after) = try attempt(
                    batch, texts: texts, review: review, root: root, originals: &originals)
            {
                texts = edited
                review = after
                applied += batch.map(\.finding)
                for candidate in batch { tried.insert(Self.key(candidate.finding)) }
                continue
            }
            for candidate in batch {
                tried.insert(Self.key(candidate.finding))
                switch try attempt([candidate], texts: texts, review: review, root: root, originals: &originals) {
                case .notApplicable:
                    dropped.append((candidate.finding, "its edits no longer apply to the text"))
                    continue
                case .refused:
                    dropped.append((candidate.finding, Self.refusal(candidate.fix)))
                    continue
                case .accepted(let edited, let after):
                    texts = edited
                    review = after
                    applied.append(candidate.finding)
                }
                break  // line numbers of the other fixes may have moved: review again
            }
        }
        let changed = texts.filter { originals[$0.key] != $0.value }
        var changes: [String: (before: String, after: String)] = [:]
        for (path, lines) in changed { changes[path] = (originals[path]?.text ?? "", lines.text) }
        if write, !changed.isEmpty {
            do {
                try BundleWriter().write(data: changed.mapValues(\.data), to: root)
            } catch {
                throw .write("cannot write the fixes: \(error)")
            }
            // The review of the texts in memory lacks what the reader says of
            // the bytes (line ends, encoding); report what is now on disk.
            review = try reviewer.review(at: root)
        }
        return FixOutcome(
            changes: changes, applied: applied, dropped: dropped, removedLeftovers: lock?.removedLeftovers ?? [],
            review: review)
    }

    /// A fixable finding and its fix.
    struct Candidate {
        let finding: Finding
        let fix: Fix
    }

    /// What trying some fixes came to.
    enum Attempt {
        /// An edit falls outside its file (the text moved under it).
        case notApplicable
        /// The result would read differently or have a new finding.
        case refused
        /// The edited files and their review.
        case accepted(texts: [String: RawLines], review: BundleReview)
    }

    /// Applies the candidates' fixes to `texts` and reviews the result.
    func attempt(
        _ candidates: [Candidate], texts: [String: RawLines], review: BundleReview, root: URL,
        originals: inout [String: RawLines]
    ) throws(ReviewError) -> Attempt {
        let edits = candidates.flatMap(\.fix.edits)
        guard let edited = Self.apply(edits, to: texts, root: root, reviewer: reviewer, originals: &originals) else {
            return .notApplicable
        }
        let after = try reviewer.review(at: root, overrides: edited.mapValues(\.text))
        // A fix may not add a finding: no (code, file) may have more findings than before.
        // Counting, not matching messages, lets a rename (E1 → E01) through.
        let before = Dictionary(review.findings.map { ("\($0.code)|\($0.location.path)", 1) }, uniquingKeysWith: +)
        let now = Dictionary(after.findings.map { ("\($0.code)|\($0.location.path)", 1) }, uniquingKeysWith: +)
        let grew = now.contains { key, count in count > before[key, default: 0] }
        let preservesModel = candidates.allSatisfy(\.fix.preservesModel)
        if grew || (preservesModel && after.bundle != review.bundle) { return .refused }
        return .accepted(texts: edited, review: after)
    }

    static func refusal(_ fix: Fix) -> String {
        fix.preservesModel
            ? "the result would read differently, or have a new finding" : "the result would have a new finding"
    }

    /// Fixes whose edits touch disjoint lines, all spelling-only or all not, in order.
    /// Insertions at the same line are independent too: they go in in this order.
    static func independent(_ candidates: [Candidate]) -> [Candidate] {
        guard let kind = candidates.first?.fix.preservesModel else { return [] }
        var chosen: [Candidate] = []
        var taken: [String: TakenLines] = [:]
        for candidate in candidates where candidate.fix.preservesModel == kind {
            let edits = candidate.fix.edits
            guard !edits.contains(where: { taken[$0.path]?.clashes($0.lines) ?? false }) else { continue }
            chosen.append(candidate)
            for edit in edits { taken[edit.path, default: TakenLines()].take(edit.lines) }
        }
        return chosen
    }

    /// Where a finding is and what it says, so a refused fix is not tried again.
    static func key(_ finding: Finding) -> String { "\(finding.identity)|\(finding.location.line)" }

    /// The files with the edits applied, or `nil` when an edit falls outside its file.
    static func apply(
        _ edits: [TextEdit], to texts: [String: RawLines], root: URL, reviewer: Reviewer,
        originals: inout [String: RawLines]
    ) -> [String: RawLines]? {
        var result = texts
        let byPath = Dictionary(grouping: edits, by: \.path)
        for (path, edits) in byPath {
            if result[path] == nil {
                guard let fileSystem = try? BundleFileSystem(root: root, limits: reviewer.limits),
                    let (_, data) = fileSystem.readData(path).read
                else {
                    return nil
                }
                originals[path] = RawLines(data)
                result[path] = RawLines(data)
            }
            guard var lines = result[path] else { return nil }
            // Later edits first, so earlier line numbers stay valid.
            for edit in TakenLines.mergingInsertions(edits).sorted(by: { $0.lines.lowerBound > $1.lines.lowerBound }) {
                guard edit.lines.lowerBound >= 0, edit.lines.upperBound <= lines.count else { return nil }
                lines.replace(edit.lines, with: edit.replacement)
            }
            result[path] = lines
        }
        return result
    }
}
