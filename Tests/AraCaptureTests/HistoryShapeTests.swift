import AraCapture
import AraCore
import AraTestSupport
import XCTest

/// The shapes real histories have (issue 14, item 9), each built with git and
/// fixed dates, each giving exactly the nodes SPEC.md §10 says: no duplicate
/// and no invented link.
final class HistoryShapeTests: XCTestCase {
    private func start(_ shape: ShapeCapture) throws {
        try shape.commit("Start", "2026-01-05T09:00:00", files: ["README.md": "# x\n"])
        try shape.commit("Ask what helps\n\nAra-Type: question", "2026-01-05T10:00:00")
    }

    private func merge(_ shape: ShapeCapture, _ branch: String, _ message: String, _ date: String) throws -> String {
        try shape.git.git("merge", "-q", "--no-ff", branch, "-m", message, date: date + "+00:00")
        return try shape.git.git("rev-parse", "HEAD")
    }

    /// What a test reads of each node: type, title, parent.
    private func outline(_ shape: ShapeCapture) throws -> [String] {
        try shape.nodes().sorted { $0.key < $1.key }.map {
            "\($0.key) \($0.value.node.type?.description ?? "?") \($0.value.node.title ?? "") < \($0.value.parent ?? "-")"
        }
    }

    func testGitHubPullRequestMergesAreDecisionsAndUpdatesFromMainAreNot() throws {
        let shape = try ShapeCapture(self)
        try start(shape)
        try shape.git.git("checkout", "-q", "-b", "feature-x")
        try shape.commit("Add X", "2026-01-06T10:00:00", files: ["x.py": "x\n"])
        try shape.git.git("checkout", "-q", "main")
        try shape.commit("Main work", "2026-01-06T11:00:00", files: ["m.py": "m\n"])
        try shape.git.git("checkout", "-q", "feature-x")
        // Bringing the branch up to date with main: bookkeeping, not a choice.
        _ = try merge(shape, "main", "Merge branch 'main' into feature-x", "2026-01-06T12:00:00")
        try shape.git.git("checkout", "-q", "main")
        _ = try merge(
            shape, "feature-x", "Merge pull request #12 from octocat/feature-x\n\nAdd X", "2026-01-07T10:00:00")
        // A pull request from a fork's own main is a real merge.
        try shape.git.git("checkout", "-q", "-b", "fork-main", "HEAD~1")
        try shape.commit("Add Y", "2026-01-08T10:00:00", files: ["y.py": "y\n"])
        try shape.git.git("checkout", "-q", "main")
        _ = try merge(shape, "fork-main", "Merge pull request #13 from contributor/main", "2026-01-08T11:00:00")
        try shape.capture()
        XCTAssertEqual(
            try outline(shape),
            [
                "N01 question Shapes < -", "N02 question Ask what helps < N01",
                "N03 decision Merge pull request #12 from octocat/feature-x < N02",
                "N04 decision Merge pull request #13 from contributor/main < N02",
            ])
        let nodes = try shape.nodes()
        XCTAssertEqual(shape.value(nodes["N03"]?.node, "choice"), "merge branch octocat/feature-x")
        XCTAssertEqual(shape.value(nodes["N03"]?.node, "rationale"), "Add X")
        XCTAssertEqual(shape.value(nodes["N04"]?.node, "choice"), "merge branch contributor/main")
    }

    func testMergesOfTheMainLineAreNoDecisionWhateverTheirSubject() throws {
        let shape = try ShapeCapture(self)
        try start(shape)
        try shape.git.git("checkout", "-q", "-b", "feature")
        try shape.commit("Add A", "2026-01-06T10:00:00", files: ["a.py": "a\n"])
        try shape.git.git("checkout", "-q", "main")
        try shape.commit("Main work", "2026-01-06T11:00:00", files: ["m.py": "m\n"])
        try shape.git.git("checkout", "-q", "feature")
        // Updating the branch from main under a subject of one's own.
        _ = try merge(shape, "main", "Sync with upstream", "2026-01-06T12:00:00")
        try shape.git.git("checkout", "-q", "main")
        // A pull of the main branch that had diverged: git names the main branch.
        try shape.git.git("checkout", "-q", "-b", "upstream", "HEAD~1")
        try shape.commit("Upstream work", "2026-01-07T09:00:00", files: ["u.py": "u\n"])
        try shape.git.git("checkout", "-q", "main")
        _ = try merge(shape, "upstream", "Merge branch 'main' of github.com:ada/model", "2026-01-07T10:00:00")
        try shape.git.git("branch", "-q", "-D", "upstream")
        try shape.git.git("checkout", "-q", "feature")
        _ = try merge(shape, "main", "Merge remote-tracking branch 'origin/main' into feature", "2026-01-07T11:00:00")
        // A local branch that merely ends in /main is a branch like any other.
        try shape.git.git("checkout", "-q", "-b", "ui/main", "main")
        try shape.commit("Restyle", "2026-01-07T12:00:00", files: ["ui.css": "a\n"])
        try shape.git.git("checkout", "-q", "main")
        _ = try merge(shape, "ui/main", "Merge branch 'ui/main'", "2026-01-07T13:00:00")
        _ = try merge(shape, "feature", "Merge branch 'feature'", "2026-01-08T10:00:00")
        let report = try shape.capture()
        XCTAssertEqual(
            report.nodes.filter { $0.rule == "merge" }.map(\.title),
            ["Merge branch 'ui/main'", "Merge branch 'feature'"])
    }

    func testSquashMergedBranchIsNotAbandoned() throws {
        let shape = try ShapeCapture(self)
        try start(shape)
        try shape.git.git("checkout", "-q", "-b", "feature")
        try shape.commit("Add A", "2026-01-06T10:00:00", files: ["a.py": "a\n"])
        try shape.commit("Add B", "2026-01-06T11:00:00", files: ["b.py": "b\n"])
        try shape.git.git("checkout", "-q", "-b", "partial", "main")
        try shape.commit("Add C", "2026-01-06T12:00:00", files: ["c.py": "c\n"])
        try shape.commit("Add D", "2026-01-06T13:00:00", files: ["d.py": "d\n"])
        try shape.git.git("checkout", "-q", "main")
        try shape.commit("Main work", "2026-01-07T09:00:00", files: ["m.py": "m\n"])
        // GitHub's squash: one commit on main, the branch's commits not its ancestors.
        try shape.git.git("merge", "-q", "--squash", "feature")
        try shape.commit("Add feature (#5)\n\n* Add A\n\n* Add B", "2026-01-07T10:00:00")
        // Only part of `partial` reaches main: its work is not all there.
        try shape.commit("Add C", "2026-01-07T11:00:00", files: ["c.py": "c\n"])
        try shape.commit("Later edit", "2026-01-08T10:00:00", files: ["a.py": "a2\n"])
        let report = try shape.capture()
        XCTAssertEqual(report.nodes.filter { $0.rule == "branch" }.map(\.title), ["Branch partial abandoned"])
    }

    func testRebaseMergedCopiesMakeNoSecondNode() throws {
        let shape = try ShapeCapture(self)
        try start(shape)
        try shape.git.git("checkout", "-q", "-b", "feature")
        let original = try shape.commit(
            "Try cosine\n\nAra-Type: experiment", "2026-01-06T10:00:00", files: ["a.py": "cosine\n"])
        try shape.commit("Tune it", "2026-01-06T11:00:00", files: ["a.py": "cosine 2\n"])
        try shape.git.git("checkout", "-q", "main")
        try shape.commit("Main work", "2026-01-07T09:00:00", files: ["m.py": "m\n"])
        // Captured once before the landing, as a post-commit hook would, while
        // the branch is days old.
        try shape.capture(now: CaptureScenario.soon)
        // GitHub's "Rebase and merge": each commit again on main, same author
        // time and subject, a new committer time; the branch is kept.
        try shape.git.git("cherry-pick", "feature~1", "feature", date: "2026-01-08T10:00:00+00:00")
        let report = try shape.capture()
        XCTAssertEqual(report.nodes, [], "the copies are the work already captured")
        try shape.commit("Try warmup\n\nAra-Type: experiment", "2026-01-09T10:00:00")
        XCTAssertEqual(try shape.capture().nodes.map(\.parent), ["N02"])
        XCTAssertEqual(
            try outline(shape),
            [
                "N01 question Shapes < -", "N02 question Ask what helps < N01", "N03 experiment Try cosine < N02",
                "N04 experiment Try warmup < N02",
            ])
        XCTAssertEqual(try shape.nodes()["N03"]?.node.sourceRefs, ["git:\(original)"])
        // A full capture into a fresh bundle gives the same tree.
        try FileManager.default.removeItem(at: shape.bundle)
        try BundleTemplate(title: "Shapes", date: "2026-01-05").create(at: shape.bundle, force: false)
        try shape.capture()
        XCTAssertEqual(try outline(shape).count, 4)
    }

    func testSquashOfACommitWithTrailersIsNoSecondNode() throws {
        let shape = try ShapeCapture(self)
        try start(shape)
        let trailers = "Ara-Type: experiment\nAra-Result: loss 2.31"
        try shape.git.git("checkout", "-q", "-b", "feature")
        let original = try shape.commit(
            "Try cosine\n\n\(trailers)", "2026-01-06T10:00:00", files: ["a.py": "cosine\n"])
        // Two experiments with the same bare trailer on one branch: the tip, which
        // holds all the branch's work, lands nothing and keeps its own node.
        try shape.git.git("checkout", "-q", "-b", "other", "main")
        try shape.commit("Try step\n\nAra-Type: experiment", "2026-01-06T11:00:00", files: ["b.py": "step\n"])
        try shape.commit("Try linear\n\nAra-Type: experiment", "2026-01-06T12:00:00", files: ["c.py": "lin\n"])
        try shape.git.git("checkout", "-q", "main")
        try shape.commit("Main work", "2026-01-07T09:00:00", files: ["m.py": "m\n"])
        // GitHub squashes the one-commit pull request: its message, " (#5)", the merge's time.
        try shape.git.git("cherry-pick", "-n", original)
        try shape.commit("Try cosine (#5)\n\n\(trailers)", "2026-01-08T10:00:00")
        // The same trailers on a commit that lands nothing: its own node.
        try shape.commit("Try cosine again\n\n\(trailers)", "2026-01-09T10:00:00", files: ["a.py": "again\n"])
        try shape.capture(now: CaptureScenario.soon)
        XCTAssertEqual(
            try outline(shape),
            [
                "N01 question Shapes < -", "N02 question Ask what helps < N01", "N03 experiment Try cosine < N02",
                "N04 experiment Try step < N02", "N05 experiment Try linear < N02",
                "N06 experiment Try cosine again < N02",
            ])
    }

    func testRevertedMergeIsADeadEndUnderItsDecision() throws {
        let shape = try ShapeCapture(self)
        try start(shape)
        try shape.git.git("checkout", "-q", "-b", "feature-x")
        try shape.commit("Add X", "2026-01-06T10:00:00", files: ["x.py": "x\n"])
        try shape.git.git("checkout", "-q", "main")
        let merged = try merge(
            shape, "feature-x", "Merge pull request #12 from octocat/feature-x", "2026-01-07T10:00:00")
        try shape.git.git("revert", "--no-edit", "-m", "1", "HEAD", date: "2026-01-08T10:00:00+00:00")
        try shape.commit("Try Y\n\nAra-Type: experiment", "2026-01-09T10:00:00")
        try shape.capture()
        XCTAssertEqual(
            try outline(shape),
            [
                "N01 question Shapes < -",
                "N02 question Ask what helps < N01",
                "N03 decision Merge pull request #12 from octocat/feature-x < N02",
                "N04 dead_end Revert \"Merge pull request #12 from octocat/feature-x\" < N03",
                "N05 experiment Try Y < N02",
            ])
        let dead = try shape.nodes()["N04"]?.node
        XCTAssertEqual(shape.value(dead, "hypothesis"), "Merge pull request #12 from octocat/feature-x")
        XCTAssertEqual(shape.value(dead, "description"), "Reverts \(merged.prefix(12)).")
        XCTAssertEqual(try shape.traceFindings(), [])
    }

    func testStackedGhstackBranchesAreOnePieceOfWorkPerPullRequest() throws {
        let shape = try ShapeCapture(self)
        try start(shape)
        let main = try shape.git.git("rev-parse", "HEAD")
        // The commits as written: PR 2 stacked on PR 1.
        try shape.git.git("checkout", "-q", "-b", "gh/ada/1/orig")
        let first = try shape.commit("Add A", "2026-01-06T10:00:00", files: ["a.py": "a\n"])
        try shape.git.git("checkout", "-q", "-b", "gh/ada/2/orig")
        try shape.commit("Add B", "2026-01-06T11:00:00", files: ["b.py": "b\n"])
        // ghstack's own copies: a synthetic base and a head per pull request.
        for (number, subject, file, date) in [
            ("1", "Add A", "a.py", "2026-01-06T12:00:00"), ("2", "Add B", "b.py", "2026-01-06T13:00:00"),
        ] {
            try shape.git.git("checkout", "-q", "-b", "gh/ada/\(number)/base", main)
            try shape.commit("Update base for Update on \"\(subject)\"", date)
            try shape.git.git("checkout", "-q", "-b", "gh/ada/\(number)/head")
            try shape.commit("Update on \"\(subject)\"\n\n[ghstack-poisoned]", date, files: [file: "x\n"])
        }
        try shape.git.git("checkout", "-q", "main")
        try shape.commit("Main work", "2026-01-07T09:00:00", files: ["m.py": "m\n"])
        // PR 1 lands as a cherry-pick of its orig commit; PR 2 never does.
        try shape.git.git("cherry-pick", first, date: "2026-01-07T10:00:00+00:00")
        let report = try shape.capture()
        XCTAssertEqual(report.nodes.filter { $0.rule == "branch" }.map(\.title), ["Branch gh/ada/2/orig abandoned"])
        let description = try XCTUnwrap(shape.value(try shape.nodes()["N03"]?.node, "description"))
        XCTAssertTrue(
            description.hasPrefix(
                "1 commit on branch gh/ada/2/orig after \(first.prefix(12)) (the tip of branch gh/ada/1/orig), "),
            description)
        // The landed copy is the same commit for the session record.
        let day = try TestSupport.text(shape.bundle.appendingPathComponent("trace/sessions/2026-01-06_001.yaml"))
        XCTAssertEqual(day.components(separatedBy: "subject: Add A\n").count - 1, 1, day)
        XCTAssertEqual(try shape.traceFindings(), [])
    }

    func testUnlandedStackGivesOneDeadEndPerLayer() throws {
        let shape = try ShapeCapture(self)
        try start(shape)
        try shape.git.git("checkout", "-q", "-b", "part-1")
        let first = try shape.commit("Add A", "2026-01-06T10:00:00", files: ["a.py": "a\n"])
        try shape.git.git("checkout", "-q", "-b", "part-2")
        try shape.commit("Add B", "2026-01-06T11:00:00", files: ["b.py": "b\n"])
        try shape.git.git("checkout", "-q", "main")
        try shape.capture()
        let nodes = try shape.nodes()
        XCTAssertEqual(shape.value(nodes["N03"]?.node, "hypothesis"), "Add A")
        XCTAssertEqual(shape.value(nodes["N04"]?.node, "hypothesis"), "Add B", "its own first commit, not part-1's")
        XCTAssertTrue(
            shape.value(nodes["N04"]?.node, "description")?.hasPrefix(
                "1 commit on branch part-2 after \(first.prefix(12)) (the tip of branch part-1), ") ?? false)
    }

    func testTwoBranchesAtOneTipAreOneDeadEndAndNameNoMerge() throws {
        let shape = try ShapeCapture(self)
        try start(shape)
        try shape.git.git("checkout", "-q", "-b", "try-x")
        let tip = try shape.commit("Try X", "2026-01-06T10:00:00", files: ["x.py": "x\n"])
        try shape.git.git("branch", "try-x-backup")
        try shape.git.git("checkout", "-q", "-b", "eval", "main")
        let eval = try shape.commit("Add eval", "2026-01-06T11:00:00", files: ["e.py": "e\n"])
        try shape.git.git("branch", "eval-copy")
        try shape.git.git("checkout", "-q", "main")
        try shape.commit("Main work", "2026-01-07T09:00:00", files: ["m.py": "m\n"])
        // Two branches at the merged tip and a subject naming neither: no guessed name.
        _ = try merge(shape, "eval", "Land the evaluation", "2026-01-07T10:00:00")
        try shape.capture()
        let nodes = try shape.nodes()
        XCTAssertEqual(shape.value(nodes["N03"]?.node, "choice"), "merge \(eval.prefix(12))")
        XCTAssertEqual(nodes["N04"]?.node.title, "Branch try-x abandoned")
        XCTAssertEqual(
            nodes["N04"]?.node.sourceRefs, ["git:\(tip)", "git:refs/heads/try-x", "git:refs/heads/try-x-backup"])
        XCTAssertEqual(nodes.count, 4)
        // A third name for the same tip later adds nothing.
        try shape.git.git("branch", "try-x-again", tip)
        XCTAssertEqual(try shape.capture().nodes, [])
        XCTAssertEqual(try shape.traceFindings(), [])
    }

    func testBranchMergedThenContinued() throws {
        let shape = try ShapeCapture(self)
        try start(shape)
        try shape.git.git("checkout", "-q", "-b", "feature")
        try shape.commit("Add A", "2026-01-06T10:00:00", files: ["a.py": "a\n"])
        try shape.git.git("checkout", "-q", "main")
        _ = try merge(shape, "feature", "Merge branch 'feature'", "2026-01-07T10:00:00")
        try shape.git.git("checkout", "-q", "feature")
        try shape.commit("Add B", "2026-01-08T10:00:00", files: ["b.py": "b\n"])
        _ = try merge(shape, "main", "Merge branch 'main' into feature", "2026-01-08T11:00:00")
        let lastMerged = try shape.commit("Add C", "2026-01-08T12:00:00", files: ["c.py": "c\n"])
        try shape.git.git("checkout", "-q", "main")
        _ = try merge(shape, "feature", "Merge branch 'feature'", "2026-01-09T10:00:00")
        try shape.git.git("checkout", "-q", "feature")
        try shape.commit("Add D", "2026-01-10T10:00:00", files: ["d.py": "d\n"])
        try shape.git.git("checkout", "-q", "main")
        try shape.capture()
        XCTAssertEqual(
            try outline(shape),
            [
                "N01 question Shapes < -", "N02 question Ask what helps < N01",
                "N03 decision Merge branch 'feature' < N02", "N04 decision Merge branch 'feature' < N02",
                "N05 dead_end Branch feature abandoned < N02",
            ])
        let nodes = try shape.nodes()
        XCTAssertEqual(nodes["N04"]?.node.alsoDependsOn ?? [], [], "the merged side's nearest node is N02, the parent")
        XCTAssertEqual(shape.value(nodes["N05"]?.node, "hypothesis"), "Add D", "only the work after the last merge")
        XCTAssertTrue(
            shape.value(nodes["N05"]?.node, "description")?.hasPrefix(
                "1 commit on branch feature after \(lastMerged.prefix(12)), ")
                ?? false)
    }

    func testBranchDeletedAfterMergingGivesTheSameNodes() throws {
        func build(deleting: Bool) throws -> [String] {
            let shape = try ShapeCapture(self)
            try start(shape)
            for (branch, subject, day) in [
                ("feature", "Merge branch 'feature'", "07"), ("harness", "Land the eval harness", "08"),
            ] {
                try shape.git.git("checkout", "-q", "-b", branch)
                try shape.commit("Work on \(branch)", "2026-01-\(day)T09:00:00", files: ["\(branch).py": "x\n"])
                try shape.git.git("checkout", "-q", "main")
                _ = try merge(shape, branch, subject, "2026-01-\(day)T10:00:00")
                if deleting { try shape.git.git("branch", "-q", "-d", branch) }
            }
            try shape.capture()
            let nodes = try shape.nodes()
            return try outline(shape) + ["N03", "N04"].map { shape.value(nodes[$0]?.node, "choice") ?? "-" }
        }
        let kept = try build(deleting: false)
        let deleted = try build(deleting: true)
        XCTAssertEqual(kept.count, 6)
        XCTAssertEqual(kept[4], "merge branch feature")
        XCTAssertTrue(kept[5].hasPrefix("merge branch harness"))
        XCTAssertEqual(Array(deleted.prefix(5)), Array(kept.prefix(5)))
        XCTAssertTrue(deleted[5].hasPrefix("merge "), "the merged commit's id once no branch names it")
    }
}
