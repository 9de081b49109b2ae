import AraCapture
import AraCore
import XCTest

/// Reverts known by their subject alone, and reverts of reverts (SPEC.md §10.2).
final class RevertCaptureTests: XCTestCase {
    /// A question and an experiment, the shape every case below reverts.
    private func start(_ shape: ShapeCapture) throws -> String {
        try shape.commit("Start", "2026-01-05T09:00:00", files: ["README.md": "# x\n"])
        try shape.commit("Ask about batch size\n\nAra-Type: question", "2026-01-05T10:00:00")
        return try shape.commit(
            "Try larger batch\n\nAra-Type: experiment", "2026-01-06T10:00:00", files: ["train.py": "batch = 4096\n"])
    }

    func testSubjectOnlyRevertLinksTheOneCommitWithThatSubject() throws {
        let shape = try ShapeCapture(self)
        let batch = try start(shape)
        // GitHub's revert button, squash-merged: no id in the message, a PR number after the quote.
        let revert = try shape.commit(
            "Revert \"Try larger batch\" (#13)\n\nOOM at 4096.", "2026-01-07T10:00:00", files: ["train.py": ""])
        try shape.commit("Try smaller model\n\nAra-Type: experiment", "2026-01-08T10:00:00")
        let report = try shape.capture()
        XCTAssertEqual(report.nodes.map(\.rule), ["trailer", "trailer", "revert", "trailer"])
        let nodes = try shape.nodes()
        let dead = nodes["N04"]
        XCTAssertEqual(dead?.node.type, .deadEnd)
        XCTAssertEqual(dead?.parent, "N03", "under the reverted experiment")
        XCTAssertEqual(dead?.node.sourceRefs, ["git:\(revert)"])
        XCTAssertEqual(shape.value(dead?.node, "hypothesis"), "Try larger batch")
        XCTAssertEqual(shape.value(dead?.node, "failure_mode"), "OOM at 4096.")
        XCTAssertEqual(shape.value(dead?.node, "description"), "Reverts \(batch.prefix(12)).")
        // Work after the revert continues from before the reverted commit.
        XCTAssertEqual(nodes["N05"]?.parent, "N02")
    }

    func testSeveralOrNoCommitsWithTheSubjectGiveNoTarget() throws {
        let shape = try ShapeCapture(self)
        _ = try start(shape)
        try shape.commit("Tune warmup", "2026-01-06T11:00:00", files: ["a": "1"])
        try shape.commit("Tune warmup", "2026-01-06T12:00:00", files: ["a": "2"])
        try shape.commit("Revert \"Tune warmup\"", "2026-01-07T10:00:00", files: ["a": "1"])
        try shape.commit("Revert \"Try a thing nobody committed\"", "2026-01-07T11:00:00")
        let report = try shape.capture()
        XCTAssertEqual(report.nodes.map(\.rule), ["trailer", "trailer", "revert", "revert"])
        let nodes = try shape.nodes()
        for (id, subject, why) in [
            ("N04", "Tune warmup", "2 earlier commits have that subject; none is linked"),
            ("N05", "Try a thing nobody committed", "no earlier commit has that subject"),
        ] {
            let node = nodes[id]?.node
            XCTAssertEqual(node?.type, .deadEnd, id)
            XCTAssertEqual(shape.value(node, "hypothesis"), subject, id)
            XCTAssertEqual(shape.value(node, "description"), "Reverts \"\(subject)\" (\(why)).", id)
            // No target: the dead end goes where any node after N03 would, under the experiment.
            XCTAssertEqual(nodes[id]?.parent, "N03", id)
        }
    }

    func testOnlyAncestorsCount() throws {
        let shape = try ShapeCapture(self)
        _ = try start(shape)
        try shape.git.git("checkout", "-q", "-b", "other")
        try shape.commit("Tune warmup", "2026-01-06T11:00:00", files: ["a": "1"])
        try shape.git.git("checkout", "-q", "main")
        let tune = try shape.commit("Tune warmup", "2026-01-06T12:00:00", files: ["a": "2"])
        try shape.commit("Revert \"Tune warmup\"", "2026-01-07T10:00:00", files: ["a": ""])
        try shape.capture()
        let dead = try shape.nodes()["N04"]?.node
        XCTAssertEqual(shape.value(dead, "description"), "Reverts \(tune.prefix(12)).")
    }

    func testReapplyReopensAsADecisionAndItsRevertIsADeadEndAgain() throws {
        let shape = try ShapeCapture(self)
        let batch = try start(shape)
        try shape.commit("Revert \"Try larger batch\"", "2026-01-07T10:00:00", files: ["train.py": ""])
        let reapply = try shape.commit(
            "Reapply \"Try larger batch\"\n\nSharded now, so it fits.", "2026-01-08T10:00:00",
            files: ["train.py": "batch = 4096\n"])
        try shape.commit("Try longer warmup\n\nAra-Type: experiment", "2026-01-08T11:00:00")
        try shape.commit(
            "Revert \"Reapply \"Try larger batch\"\"\n\nThis reverts commit \(reapply).", "2026-01-09T10:00:00",
            files: ["train.py": ""])
        let report = try shape.capture()
        XCTAssertEqual(report.nodes.map(\.rule), ["trailer", "trailer", "revert", "revert", "trailer", "revert"])
        let nodes = try shape.nodes()
        let decision = nodes["N05"]
        XCTAssertEqual(decision?.node.type, .decision)
        XCTAssertEqual(decision?.parent, "N02", "where a decision after the dead end goes")
        XCTAssertEqual(decision?.node.alsoDependsOn, ["N03"], "it brings back the experiment's change")
        XCTAssertEqual(shape.value(decision?.node, "choice"), "reapply Try larger batch")
        XCTAssertEqual(shape.value(decision?.node, "rationale"), "Sharded now, so it fits.")
        let first = try XCTUnwrap(nodes["N04"]?.node.sourceRefs?.first?.dropFirst(4))
        XCTAssertEqual(
            shape.value(decision?.node, "description"),
            "Reverts \(first.prefix(12)), bringing back \(batch.prefix(12)).")
        // Work after a reapply continues from it, not from before the first revert.
        XCTAssertEqual(nodes["N06"]?.parent, "N02")
        let again = nodes["N07"]
        XCTAssertEqual(again?.node.type, .deadEnd)
        XCTAssertEqual(again?.parent, "N05", "under the reapply it undoes")
        XCTAssertEqual(shape.value(again?.node, "hypothesis"), "Try larger batch")
        XCTAssertEqual(try shape.traceFindings(), [])
    }

    func testRevertOfRevertBySubjectAloneReapplies() throws {
        let shape = try ShapeCapture(self)
        _ = try start(shape)
        try shape.commit("Revert \"Try larger batch\"", "2026-01-07T10:00:00", files: ["train.py": ""])
        try shape.commit("Revert \"Revert \"Try larger batch\"\"", "2026-01-08T10:00:00", files: ["train.py": "b"])
        // Nothing earlier has this subject: a reapply of unknown work, no link.
        try shape.commit("Reapply \"Use fp8\"", "2026-01-08T11:00:00")
        try shape.capture()
        let nodes = try shape.nodes()
        XCTAssertEqual(nodes["N05"]?.node.type, .decision)
        XCTAssertEqual(nodes["N05"]?.node.alsoDependsOn, ["N03"])
        XCTAssertEqual(nodes["N06"]?.node.type, .decision)
        XCTAssertEqual(shape.value(nodes["N06"]?.node, "choice"), "reapply Use fp8")
        XCTAssertEqual(
            shape.value(nodes["N06"]?.node, "description"),
            "Reverts \"Revert \"Use fp8\"\" (no earlier commit has that subject).")
        XCTAssertEqual(nodes["N06"]?.node.alsoDependsOn ?? [], [])
    }

    func testIncrementalCaptureStillFindsTheTarget() throws {
        let shape = try ShapeCapture(self)
        let batch = try start(shape)
        try shape.capture()
        try shape.commit("Revert \"Try larger batch\"", "2026-01-07T10:00:00", files: ["train.py": ""])
        let report = try shape.capture()
        XCTAssertEqual(report.commitsRead, 1, "the state file hides what the first capture read")
        XCTAssertEqual(report.nodes.first?.parent, "N03")
        XCTAssertEqual(shape.value(try shape.nodes()["N04"]?.node, "description"), "Reverts \(batch.prefix(12)).")
    }
}
