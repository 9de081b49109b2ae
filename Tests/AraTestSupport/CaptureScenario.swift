import Foundation

/// A research history with one of everything capture knows (SPEC.md §10):
/// a question, experiments with trailers, a revert with a reason, a merge
/// with an unmerged sibling branch, a pivot, an abandoned branch marked by
/// name and trailer, two branches that only age abandons, and plain commits.
public struct CaptureScenario {
    public let fixture: GitFixture
    /// Commit ids by label (`question`, `cosine`, `batch`, `revert`, `lion`,
    /// `harness`, `variant`, `plain`, `merge`, `pivot`, `hack`).
    public let commits: [String: String]

    public static func build(at root: URL) throws -> CaptureScenario {
        let git = try GitFixture(at: root)
        var ids: [String: String] = [:]
        try git.commit("Start project", date: "2026-01-05T10:00:00+01:00", files: ["README.md": "# Model\n"])
        ids["question"] = try git.commit(
            "Ask whether warmup matters\n\nWe suspect the LR warmup drives stability.\n\nAra-Type: question",
            date: "2026-01-05T11:00:00+01:00")
        ids["cosine"] = try git.commit(
            """
            Try cosine schedule

            Ara-Type: experiment
            Ara-Hypothesis: cosine beats step
            Ara-Result: loss 2.31 vs 2.40
            Ara-Claims: C01
            """, date: "2026-01-06T09:00:00+01:00", files: ["train.py": "schedule = 'cosine'\n"])
        let batch = try git.commit(
            "Try larger batch\n\nAra-Type: experiment", date: "2026-01-06T10:00:00+01:00",
            files: ["train.py": "schedule = 'cosine'\nbatch = 4096\n"])
        ids["batch"] = batch
        try git.git("revert", "--no-commit", "HEAD")
        ids["revert"] = try git.commit(
            "Revert \"Try larger batch\"\n\nOOM at batch 4096.\n\nThis reverts commit \(batch).",
            date: "2026-01-07T10:00:00+01:00")
        try git.git("checkout", "-q", "-b", "alt-optimizer", batch)
        ids["lion"] = try git.commit(
            "Try Lion optimizer", date: "2026-01-08T10:00:00+01:00", files: ["optim.py": "name = 'lion'\n"])
        try git.git("checkout", "-q", "-b", "feature", "main")
        ids["harness"] = try git.commit(
            "Add eval harness", date: "2026-01-08T11:00:00+01:00", files: ["eval.py": "# harness\n"])
        try git.git("checkout", "-q", "-b", "eval-b", "main")
        ids["variant"] = try git.commit(
            "Eval harness variant B", date: "2026-01-08T11:30:00+01:00", files: ["eval_b.py": "# variant\n"])
        try git.git("checkout", "-q", "main")
        ids["plain"] = try git.commit(
            "Plain work on main", date: "2026-01-08T12:00:00+01:00", files: ["notes.md": "notes\n"])
        try git.git(
            "merge", "-q", "--no-ff", "feature", "-m", "Merge branch 'feature'", date: "2026-01-09T10:00:00+01:00")
        ids["merge"] = try git.git("rev-parse", "HEAD")
        ids["pivot"] = try git.commit(
            """
            Switch to retrieval

            Ara-Type: pivot
            Ara-From: warmup tuning
            Ara-To: retrieval augmentation
            Ara-Trigger: warmup gains vanished at scale
            """, date: "2026-01-10T10:00:00+01:00")
        try git.git("tag", "v0.1")
        try git.git("checkout", "-q", "-b", "abandoned/quick-hack", "main")
        ids["hack"] = try git.commit(
            "Quick hack\n\nAra-Abandoned: hack broke eval", date: "2026-01-10T11:00:00+01:00",
            files: ["hack.py": "pass\n"])
        try git.git("checkout", "-q", "main")
        return CaptureScenario(fixture: git, commits: ids)
    }

    /// 2026-01-15 12:00 UTC: the scenario's branches are days old, so only
    /// the marked one is abandoned.
    public static let soon: Int64 = 1_768_478_400
    /// 2026-03-01 12:00 UTC: every unmerged branch is over 30 days old.
    public static let later: Int64 = 1_772_366_400
}
