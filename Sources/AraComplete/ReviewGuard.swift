import AraCore
import AraReview
import Foundation

/// Holds an edit against review: the edit is reviewed in memory and refused
/// when it adds a finding, so a refused write changes nothing (SPEC.md §15.2).
struct ReviewGuard {
    let reviewer: Reviewer
    let root: URL

    /// The findings `overrides` would add to `before`, those only noted, and
    /// every finding of the edited bundle.
    ///
    /// Of the object written, every finding whose message review did not
    /// already give is new: a wrong number replaced by another wrong number
    /// is refused. Elsewhere a (code, file, object) group that grows is new;
    /// counting, not matching messages, keeps findings whose message quotes a
    /// line the edit moved.
    func gained(
        before: BundleReview, overrides: [String: String], target: CompletionTarget, expected: (Finding) -> Bool
    ) throws(CompletionError) -> (refused: [Finding], noted: [Finding], after: [Finding]) {
        let after: BundleReview
        do {
            after = try reviewer.review(at: root, overrides: overrides)
        } catch {
            throw .from(error)
        }
        let (own, others) = (after.findings.filter(target.concerns), after.findings.filter { !target.concerns($0) })
        var seen = Dictionary(
            before.findings.filter(target.concerns).map { (Self.key($0) + $0.message, 1) }, uniquingKeysWith: +)
        var new: [Finding] = []
        for finding in own {
            let key = Self.key(finding) + finding.message
            if seen[key, default: 0] > 0 { seen[key, default: 0] -= 1 } else { new.append(finding) }
        }
        let counts = Dictionary(before.findings.map { (Self.key($0), 1) }, uniquingKeysWith: +)
        for (group, findings) in Dictionary(grouping: others, by: Self.key)
        where findings.count > counts[group, default: 0] {
            let known = Set(before.findings.filter { Self.key($0) == group }.map(\.message))
            let unseen = findings.filter { !known.contains($0.message) }
            new += unseen.isEmpty ? findings : unseen
        }
        new.sort { ($0.location.path, $0.location.line, $0.code) < ($1.location.path, $1.location.line, $1.code) }
        return (new.filter { !expected($0) }, new.filter(expected), after.findings)
    }

    static func key(_ finding: Finding) -> String {
        "\(finding.code)|\(finding.location.path)|\(finding.entity ?? "")|"
    }
}
