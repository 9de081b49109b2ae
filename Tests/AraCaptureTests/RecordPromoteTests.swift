import AraCapture
import AraCore
import AraTestSupport
import XCTest

final class RecordPromoteTests: XCTestCase {
    private let now: Int64 = 1_768_478_400  // 2026-01-15 12:00 UTC

    private func bundle() throws -> URL {
        let url = try TestSupport.temporaryDirectory(self).appendingPathComponent("ara")
        try BundleTemplate(title: "Notes", date: "2026-01-15").create(at: url, force: false)
        return url
    }

    func testRecordedNodesChainAndAreLogged() throws {
        let root = try bundle()
        let question = try Recorder.recordNode(
            .question, title: "Does warmup matter?", fields: [], parent: nil, bundle: root, now: now, offsetMinutes: 0)
        XCTAssertEqual([question.id, question.parent, question.session], ["N02", "N01", "2026-01-15_001"])
        let deadEnd = try Recorder.recordNode(
            .deadEnd, title: "Cosine restarts",
            fields: [("failure_mode", "loss spikes"), ("hypothesis", "restarts help")],
            parent: nil, bundle: root, now: now, offsetMinutes: 0)
        XCTAssertEqual(deadEnd.parent, "N02")
        // A dead end takes no children: the next node goes under its parent.
        let decision = try Recorder.recordNode(
            .decision, title: "Keep AdamW", fields: [("choice", "AdamW"), ("alternatives", "Lion, Sophia")],
            parent: nil,
            bundle: root, now: now, offsetMinutes: 0)
        XCTAssertEqual(decision.parent, "N02")

        let tree = try XCTUnwrap(
            ExplorationTree.parse(try TestSupport.text(root.appendingPathComponent(BundlePaths.tree))).tree)
        let nodes = Dictionary(uniqueKeysWithValues: tree.allNodes.map { ($0.id ?? "", $0) })
        XCTAssertEqual(nodes["N03"]?.text(.failureMode), "loss spikes")
        XCTAssertEqual(nodes["N03"]?.text(.lesson), "pending")
        XCTAssertEqual(nodes["N03"]?.sourceRefs, ["session:2026-01-15_001"])
        XCTAssertEqual(nodes["N03"]?.text(.provenance), "user")
        XCTAssertEqual(nodes["N04"]?.field(.alternatives)?.stringList, ["Lion", "Sophia"])
        let session = try TestSupport.text(root.appendingPathComponent("trace/sessions/2026-01-15_001.yaml"))
        XCTAssertEqual(session.components(separatedBy: "provenance: user").count - 1, 3)
        XCTAssertTrue(
            try TestSupport.text(root.appendingPathComponent(BundlePaths.sessionIndex)).contains("id: 2026-01-15_001"))
    }

    func testRecordRefusesWhatTheFormatForbids() throws {
        let root = try bundle()
        let before = try TestSupport.text(root.appendingPathComponent(BundlePaths.tree))
        XCTAssertThrowsError(
            try Recorder.recordNode(
                .experiment, title: "X", fields: [("colour", "red")], parent: nil, bundle: root, now: now,
                offsetMinutes: 0)
        ) { XCTAssertTrue("\($0)".contains("has no key 'colour'")) }
        XCTAssertThrowsError(
            try Recorder.recordNode(
                .experiment, title: "X", fields: [], parent: "N99", bundle: root, now: now, offsetMinutes: 0)
        ) { XCTAssertEqual($0 as? CaptureError, .unknownNode("N99")) }
        XCTAssertThrowsError(
            try Recorder.recordObservation(
                "x", kind: "vibe", context: nil, bind: [], bundle: root, now: now, offsetMinutes: 0))
        XCTAssertEqual(try TestSupport.text(root.appendingPathComponent(BundlePaths.tree)), before)
    }

    func testObservationPromotedOnlyWithAClosureSignal() throws {
        let root = try bundle()
        let experiment = try Recorder.recordNode(
            .experiment, title: "Sweep warmup", fields: [("result", "flat above 2%")], parent: nil, bundle: root,
            now: now,
            offsetMinutes: 0)
        let id = try Recorder.recordObservation(
            "Warmup beyond 2% of steps does not help. Seen on all sizes.", kind: "claim", context: "sweep",
            bind: [experiment.id], bundle: root, now: now, offsetMinutes: 0)
        XCTAssertEqual(id, "O01")
        XCTAssertNil(Promoter.Signal("because I said so"))
        XCTAssertThrowsError(
            try Promoter.promote(
                id, as: .claim, because: .citedBy(experiment.id), title: nil, bundle: root, now: now, offsetMinutes: 0)
        ) { XCTAssertTrue("\($0)".contains("is not a decision")) }

        let promotion = try Promoter.promote(
            id, as: .claim, because: .resolvedBy(experiment.id), title: nil, bundle: root, now: now, offsetMinutes: 0)
        XCTAssertEqual(
            [promotion.id, promotion.path, promotion.title],
            ["C02", BundlePaths.claims, "Warmup beyond 2% of steps does not help"])
        let result = try BundleReader().read(at: root)
        let claim = try XCTUnwrap(result.bundle.claims.first { $0.id == "C02" })
        XCTAssertEqual(claim.statement, "Warmup beyond 2% of steps does not help. Seen on all sizes.")
        XCTAssertEqual(claim.status, .hypothesis)
        let observation = try XCTUnwrap(result.bundle.observations.first)
        XCTAssertTrue(observation.promoted)
        XCTAssertEqual(observation.promotedTo, "C02")
        XCTAssertEqual(
            result.diagnostics.filter { $0.location.path.hasPrefix("logic") || $0.location.path.hasPrefix("staging") }
                .map(\.message), [])

        XCTAssertThrowsError(
            try Promoter.promote(
                id, as: .claim, because: .affirmed, title: nil, bundle: root, now: now, offsetMinutes: 0)
        ) { XCTAssertTrue("\($0)".contains("already promoted to C02")) }
    }

    func testPromoteToEveryKind() throws {
        let root = try bundle()
        for (kind, path) in [
            (Promoter.Kind.heuristic, BundlePaths.heuristics), (.concept, BundlePaths.concepts),
            (.constraint, BundlePaths.constraints),
        ] {
            let id = try Recorder.recordObservation(
                "A \(kind.rawValue) worth keeping", kind: kind.rawValue, context: nil, bind: [], bundle: root, now: now,
                offsetMinutes: 0)
            let before = try TestSupport.text(root.appendingPathComponent(path))
            let promotion = try Promoter.promote(
                id, as: kind, because: .affirmed, title: nil, bundle: root, now: now, offsetMinutes: 0)
            let after = try TestSupport.text(root.appendingPathComponent(path))
            XCTAssertTrue(after.hasPrefix(before), "\(kind): existing text kept")
            XCTAssertTrue(after.contains("A \(kind.rawValue) worth keeping"))
            if kind == .heuristic { XCTAssertEqual(promotion.id, "H02") }
        }
    }
}
