import AraCore
import AraReview
import Foundation

/// Holds an edit against review: the edit is reviewed in memory and refused
/// when it adds a finding, so a refused write changes nothing (SPEC.md §15.2).
struct ReviewGuard {
    let reviewer: Reviewer
    let root: URL

    /// The findings `overrides` would add to `before`, and those only noted.
    /// A (code, file, object) group that grows is a new problem; counting, not
    /// matching messages, keeps findings whose message quotes a line that moved.
    func gained(
        before: BundleReview, overrides: [String: String], expected: (Finding) -> Bool
    ) throws(CompletionError) -> (refused: [Finding], noted: [Finding]) {
        let after: BundleReview
        do {
            after = try reviewer.review(at: root, overrides: overrides)
        } catch {
            throw .from(error)
        }
        let key = { (finding: Finding) in "\(finding.code)|\(finding.location.path)|\(finding.entity ?? "")" }
        let counts = Dictionary(before.findings.map { (key($0), 1) }, uniquingKeysWith: +)
        let groups = Dictionary(grouping: after.findings, by: key)
        var new: [Finding] = []
        for (group, findings) in groups where findings.count > counts[group, default: 0] {
            let known = Set(before.findings.filter { key($0) == group }.map(\.message))
            let unseen = findings.filter { !known.contains($0.message) }
            new += unseen.isEmpty ? findings : unseen
        }
        new.sort { ($0.location.path, $0.location.line, $0.code) < ($1.location.path, $1.location.line, $1.code) }
        return (new.filter { !expected($0) }, new.filter(expected))
    }

    /// What review reports of one object now, from the files on disk.
    func remaining(_ target: CompletionTarget) throws(CompletionError) -> [Finding] {
        do {
            return try reviewer.review(at: root).findings.filter { finding in
                target.kind == .figure || target.kind == .evidence
                    ? finding.location.path == target.path
                    : finding.entity.map { BlockID.sameObject($0, target.name) } ?? false
            }
        } catch {
            throw .from(error)
        }
    }
}
