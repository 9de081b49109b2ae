import AraCapture
import AraCore
import AraGit
import AraReview
import AraTestSupport
import XCTest

final class CaptureTests: XCTestCase {
    private struct Setup {
        let scenario: CaptureScenario
        let repository: GitRepository
        let bundle: URL
    }

    private func setup() throws -> Setup {
        let root = try TestSupport.temporaryDirectory(self)
        let scenario = try CaptureScenario.build(at: root.appendingPathComponent("repo"))
        let bundle = root.appendingPathComponent("ara")
        try BundleTemplate(title: "Scenario", date: "2026-01-05").create(at: bundle, force: false)
        return Setup(scenario: scenario, repository: try GitRepository(at: scenario.fixture.root.path), bundle: bundle)
    }

    private func capture(_ setup: Setup, now: Int64 = CaptureScenario.soon, dryRun: Bool = false) throws
        -> CaptureReport
    {
        try HistoryCapture.run(
            repository: setup.repository, bundle: setup.bundle,
            options: CaptureOptions(now: now, offsetMinutes: 60, dryRun: dryRun))
    }

    private func tree(_ setup: Setup) throws -> [String: (node: TreeNode, parent: String?)] {
        try TestSupport.treeNodes(in: setup.bundle)
    }

    func testCapturesEachRuleWithItsFieldsParentAndSource() throws {
        let setup = try setup()
        let ids = setup.scenario.commits
        let report = try capture(setup)
        XCTAssertEqual(
            report.nodes.map(\.rule), ["trailer", "trailer", "trailer", "revert", "merge", "trailer", "branch"])
        XCTAssertEqual(report.commitsLogged, 12)
        let nodes = try tree(setup)
        func check(
            _ id: String, _ type: NodeType, _ title: String, under parent: String, commit: String,
            _ fields: [String: String], line: UInt = #line
        ) {
            guard let (node, actualParent) = nodes[id] else { return XCTFail("no node \(id)", line: line) }
            XCTAssertEqual(node.type, type, line: line)
            XCTAssertEqual(node.title, title, line: line)
            XCTAssertEqual(actualParent, parent, line: line)
            XCTAssertEqual(node.supportLevel, "explicit", line: line)
            XCTAssertEqual(node.sourceRefs?.first, "git:\(commit)", line: line)
            for (key, value) in fields {
                XCTAssertEqual(
                    node.field(key)?.scalarText ?? node.field(key)?.stringList?.joined(separator: ","), value,
                    "\(id).\(key)", line: line)
            }
        }
        check(
            "N02", .question, "Ask whether warmup matters", under: "N01", commit: ids["question"]!,
            ["description": "We suspect the LR warmup drives stability.", "timestamp": "2026-01-05T11:00:00+01:00"])
        check(
            "N03", .experiment, "Try cosine schedule", under: "N02", commit: ids["cosine"]!,
            ["hypothesis": "cosine beats step", "result": "loss 2.31 vs 2.40", "evidence": "C01"])
        check("N04", .experiment, "Try larger batch", under: "N02", commit: ids["batch"]!, ["result": "pending"])
        check(
            "N05", .deadEnd, "Revert \"Try larger batch\"", under: "N04", commit: ids["revert"]!,
            [
                "hypothesis": "Try larger batch", "failure_mode": "OOM at batch 4096.", "lesson": "pending",
                "description": "Reverts \(ids["batch"]!.prefix(12)).",
            ])
        // Experiments and decisions sit side by side under their question.
        check(
            "N06", .decision, "Merge branch 'feature'", under: "N02", commit: ids["merge"]!,
            ["choice": "merge branch feature", "alternatives": "eval-b"])
        check(
            "N07", .pivot, "Switch to retrieval", under: "N01", commit: ids["pivot"]!,
            ["from": "warmup tuning", "to": "retrieval augmentation", "trigger": "warmup gains vanished at scale"])
        check(
            "N08", .deadEnd, "Branch abandoned/quick-hack abandoned", under: "N07", commit: ids["hack"]!,
            ["hypothesis": "Quick hack", "failure_mode": "hack broke eval", "lesson": "pending"])
        XCTAssertEqual(nodes["N08"]?.node.sourceRefs, ["git:\(ids["hack"]!)", "git:refs/heads/abandoned/quick-hack"])
        XCTAssertEqual(
            nodes["N08"]?.node.text("description"),
            "1 commit on branch abandoned/quick-hack after \(ids["pivot"]!.prefix(12)), 2026-01-10 to 2026-01-10, never merged: Quick hack. Files: hack.py."
        )
        XCTAssertEqual(nodes.count, 8, "only the marked branch is abandoned this soon")
    }

    func testSessionsListEveryCommitByDay() throws {
        let setup = try setup()
        let report = try capture(setup)
        XCTAssertEqual(
            report.sessions.map(\.id),
            [
                "2026-01-05_001", "2026-01-06_001", "2026-01-07_001", "2026-01-08_001", "2026-01-09_001",
                "2026-01-10_001", "2026-01-15_001",
            ])
        let text = try TestSupport.text(setup.bundle.appendingPathComponent("trace/sessions/2026-01-08_001.yaml"))
        let root = try XCTUnwrap(YAMLFile.parse(text, path: "s.yaml").file.root)
        XCTAssertEqual(
            root["commits"]?.sequence?.compactMap { $0["subject"]?.scalarText },
            ["Try Lion optimizer", "Add eval harness", "Eval harness variant B", "Plain work on main"])
        XCTAssertEqual(
            root["commits"]?.sequence?.first?["id"]?.scalarText, String(setup.scenario.commits["lion"]!.prefix(12)))
        let pivotDay = try TestSupport.text(setup.bundle.appendingPathComponent("trace/sessions/2026-01-10_001.yaml"))
        XCTAssertTrue(pivotDay.contains("  node: N07\n  tags:\n  - v0.1\n"), pivotDay)
        XCTAssertTrue(pivotDay.contains("- type: pivot\n  id: N07\n  provenance: git\n"), pivotDay)
        let index = try TestSupport.text(setup.bundle.appendingPathComponent("trace/sessions/session_index.yaml"))
        XCTAssertEqual(index.components(separatedBy: "- id: ").count - 1, 7)
    }

    func testSecondRunChangesNoByte() throws {
        let setup = try setup()
        _ = try capture(setup)
        let before = try snapshot(setup.bundle)
        let again = try capture(setup)
        XCTAssertEqual(again.nodes, [])
        XCTAssertEqual(again.commitsLogged, 0)
        XCTAssertEqual(again.files, [])
        XCTAssertEqual(try snapshot(setup.bundle), before)
        // Without the state file the whole history is read again; nothing is added twice.
        try FileManager.default.removeItem(at: setup.bundle.appendingPathComponent("trace/git_capture.yaml"))
        let rescan = try capture(setup)
        XCTAssertEqual(rescan.commitsRead, 12)
        XCTAssertEqual(rescan.nodes, [])
        XCTAssertEqual(rescan.commitsLogged, 0)
        XCTAssertEqual(try snapshot(setup.bundle), before)
    }

    func testHandEditsSurviveLaterCaptures() throws {
        let setup = try setup()
        _ = try capture(setup)
        let path = setup.bundle.appendingPathComponent("trace/exploration_tree.yaml")
        var text = try TestSupport.text(path)
        // N05's lesson, edited by hand with a comment.
        var lines = text.components(separatedBy: "\n")
        let n05 = try XCTUnwrap(lines.firstIndex { $0.hasSuffix("- id: N05") })
        let lesson = try XCTUnwrap(lines[n05...].firstIndex { $0.hasSuffix("lesson: pending") })
        lines[lesson] = lines[lesson].replacingOccurrences(
            of: "pending", with: "shard the batch  # learnt the hard way")
        text = lines.joined(separator: "\n")

        try Data(text.utf8).write(to: path)
        try setup.scenario.fixture.commit(
            "Measure retrieval recall\n\nAra-Type: experiment\nAra-Result: recall 0.81",
            date: "2026-01-11T09:00:00+01:00")
        let report = try capture(setup)
        XCTAssertEqual(report.nodes.map(\.id), ["N09"])
        XCTAssertEqual(report.nodes.first?.parent, "N07")
        let after = try TestSupport.text(path)
        XCTAssertTrue(after.contains("lesson: shard the batch  # learnt the hard way\n"))
        // Every line that was there is still there, in order: capture only inserts.
        var remaining = after.split(separator: "\n", omittingEmptySubsequences: false)[...]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let index = remaining.firstIndex(of: line) else { return XCTFail("line lost: \(line)") }
            remaining = remaining[remaining.index(after: index)...]
        }
    }

    func testAgeAbandonsBranchesLaterAndAppends() throws {
        let setup = try setup()
        _ = try capture(setup)
        let report = try capture(setup, now: CaptureScenario.later)
        XCTAssertEqual(report.nodes.map(\.title), ["Branch alt-optimizer abandoned", "Branch eval-b abandoned"])
        XCTAssertEqual(report.nodes.map(\.parent), ["N04", "N03"])
        XCTAssertEqual(report.sessions.map(\.id), ["2026-03-01_001"])
        XCTAssertEqual(try capture(setup, now: CaptureScenario.later).nodes, [])
    }

    func testDryRunWritesNothing() throws {
        let setup = try setup()
        let before = try snapshot(setup.bundle)
        let report = try capture(setup, dryRun: true)
        XCTAssertEqual(report.nodes.count, 7)
        XCTAssertTrue(report.files.contains("trace/exploration_tree.yaml"))
        XCTAssertEqual(try snapshot(setup.bundle), before)
    }

    func testCapturedBundleHasNoTraceFindings() throws {
        let setup = try setup()
        _ = try capture(setup)
        _ = try capture(setup, now: CaptureScenario.later)
        let review = try Reviewer().review(at: setup.bundle)
        let trace = review.findings.filter { $0.code.hasPrefix("TR") || $0.code.hasPrefix("R") }
        XCTAssertEqual(trace.map { "\($0.code) \($0.location.path):\($0.location.line) \($0.message)" }, [])
    }

    func testUnknownTypeIsAWarningAndAPlainCommit() throws {
        let setup = try setup()
        try setup.scenario.fixture.commit("Note\n\nAra-Type: insight", date: "2026-01-11T09:00:00+01:00")
        let report = try capture(setup)
        XCTAssertEqual(report.nodes.count, 7)
        XCTAssertEqual(report.warnings.count, 1)
        XCTAssertTrue(report.warnings[0].contains("Ara-Type 'insight'"))
        XCTAssertEqual(report.commitsLogged, 13)
    }

    private func snapshot(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)!
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(
                atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[path] = try Data(contentsOf: root.appendingPathComponent(path)) }
        }
        return files
    }
}
