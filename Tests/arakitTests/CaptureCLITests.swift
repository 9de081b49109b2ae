import AraTestSupport
import XCTest

final class CaptureCLITests: XCTestCase {
    private func setup() throws -> (root: URL, scenario: CaptureScenario) {
        let root = try TestSupport.temporaryDirectory(self)
        let scenario = try CaptureScenario.build(at: root.appendingPathComponent("repo"))
        XCTAssertEqual(try CLI.run(["init", "ara", "--title", "CLI"], in: root).status, 0)
        return (root, scenario)
    }

    func testCaptureJSONDryRunAndSecondRun() throws {
        let (root, _) = try setup()
        let dry = try CLI.run(["capture", "--repo", "repo", "--bundle", "ara", "--dry-run", "--json"], in: root)
        XCTAssertEqual(dry.status, 0, dry.stderr)
        let plan = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(dry.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(plan["dry_run"] as? Bool, true)
        XCTAssertEqual(plan["commits_logged"] as? Int, 12)
        // Real time is long after the scenario: every unmerged branch is abandoned.
        XCTAssertEqual((plan["nodes"] as? [[String: Any]])?.count, 9)
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: root.appendingPathComponent("ara/trace/git_capture.yaml").path))

        let run = try CLI.run(["capture", "--repo", "repo", "--bundle", "ara"], in: root)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("Captured 12 commits and 9 nodes from repo into ara"), run.stdout)
        XCTAssertTrue(run.stdout.contains("+ N05 dead_end    Revert \"Try larger batch\"  (revert "), run.stdout)
        let again = try CLI.run(["capture", "--repo", "repo", "--bundle", "ara"], in: root)
        XCTAssertEqual(again.stdout, "Nothing new in repo for ara (0 commits read).\n")

        let review = try CLI.run(["review", "ara", "--select", "TR,R"], in: root)
        XCTAssertEqual(review.status, 0, review.stdout)
    }

    func testErrorsSayWhatAndWhere() throws {
        let root = try TestSupport.temporaryDirectory(self)
        XCTAssertEqual(try CLI.run(["init", "ara"], in: root).status, 0)
        let noRepo = try CLI.run(["capture", "--bundle", "ara", "--repo", root.path], in: root)
        XCTAssertEqual(noRepo.status, 2)
        XCTAssertTrue(noRepo.stderr.hasPrefix("error: \(root.path): cannot open the repository:"), noRepo.stderr)
        let noBundle = try CLI.run(["capture"], in: root.appendingPathComponent("ara/logic"))
        XCTAssertEqual(noBundle.status, 2)
        XCTAssertTrue(noBundle.stderr.contains("no bundle here"), noBundle.stderr)
        let badSince = try CLI.run(["capture", "--bundle", "ara", "--since", "nope"], in: root)
        XCTAssertEqual(badSince.status, 2)
        let badType = try CLI.run(["record", "hunch", "x", "--bundle", "ara"], in: root)
        XCTAssertEqual(badType.status, 2)
        XCTAssertTrue(
            badType.stderr.contains("provide one of the following") && badType.stderr.contains("dead_end"),
            badType.stderr)
        let noSignal = try CLI.run(
            ["promote", "O01", "--as", "claim", "--because", "vibes", "--bundle", "ara"], in: root)
        XCTAssertEqual(noSignal.status, 2)
        XCTAssertTrue(noSignal.stderr.contains("closure signal"), noSignal.stderr)
    }

    /// The walkthrough of README: init, hooks, ordinary git work, record, promote, review.
    func testWalkthroughWithHooks() throws {
        let root = try TestSupport.temporaryDirectory(self)
        let git = try GitFixture(at: root.appendingPathComponent("model"))
        let model = git.root
        XCTAssertEqual(try CLI.run(["init", "ara", "--title", "Walkthrough"], in: model).status, 0)
        let install = try CLI.run(["hooks", "install"], in: model)
        XCTAssertEqual(install.status, 0, install.stderr)
        try git.commit(
            "Baseline run\n\nAra-Type: experiment\nAra-Result: loss 2.40", date: "2026-11-20T10:00:00+00:00",
            files: ["train.py": "print('hi')\n"])
        try git.git("checkout", "-q", "-b", "idea")
        try git.commit("Try idea", date: "2026-11-20T11:00:00+00:00", files: ["idea.py": "1\n"])
        try git.git("checkout", "-q", "main")
        try git.commit("Tidy", date: "2026-11-20T12:00:00+00:00", files: ["tidy.py": "1\n"])
        try git.git("merge", "-q", "--no-ff", "idea", "-m", "Merge branch 'idea'", date: "2026-11-20T13:00:00+00:00")
        let tree = try TestSupport.text(model.appendingPathComponent("ara/trace/exploration_tree.yaml"))
        XCTAssertTrue(tree.contains("title: Baseline run"), tree)
        XCTAssertTrue(tree.contains("choice: merge branch idea"), tree)

        XCTAssertEqual(
            try CLI.run(["record", "dead_end", "Cosine restarts", "--field", "failure_mode=loss spikes"], in: model)
                .status, 0)
        let staged = try CLI.run(
            ["record", "observation", "Warmup matters less at scale", "--kind", "claim"], in: model)
        XCTAssertEqual(staged.status, 0, staged.stderr)
        let promote = try CLI.run(["promote", "O01", "--as", "claim", "--because", "affirmed"], in: model)
        XCTAssertEqual(promote.stdout, "Promoted O01 to C02 in logic/claims.md (affirmed).\n")
        let review = try CLI.run(["review", "ara", "--select", "TR,R"], in: model)
        XCTAssertEqual(review.status, 0, review.stdout)
        XCTAssertEqual(try CLI.run(["hooks", "uninstall"], in: model).status, 0)
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: model.appendingPathComponent(".git/hooks/post-commit").path))
    }
}
