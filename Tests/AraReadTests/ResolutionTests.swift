import AraCore
import AraRead
import AraTestSupport
import XCTest

final class ResolutionTests: XCTestCase {
    func testClaimResolvesToExperimentsFilesAndCells() throws {
        let reading = try ReadFixture.reading(self)
        guard case .claim(let view) = try reading.resolve("C1") else { return XCTFail("C1 is not a claim") }
        XCTAssertEqual(view.block.ref.id, "C01")
        XCTAssertEqual(view.proof.map(\.ref.id), ["E01"])
        XCTAssertEqual(view.proof.first?.evidenceFiles, ["evidence/tables/table3_timing.md"])
        XCTAssertEqual(view.evidence.files, ["evidence/tables/table3_timing.md"])
        let cells = try XCTUnwrap(view.evidence.values.first { $0.value == "1.25" }).cells
        XCTAssertEqual(cells.map(\.row), ["insertion"])
        XCTAssertEqual(cells.map(\.column), ["time (µs)"])
        XCTAssertEqual(cells.map(\.line), [7])
        XCTAssertEqual(view.evidence.values.first { $0.value == "2.50" }?.cells.map(\.text), ["2.50"])
        XCTAssertEqual(view.dependents.map(\.id), ["C02"])
        XCTAssertEqual(view.nodes.map(\.id), ["N03"])
    }

    func testMissingProofExperimentIsShownMissing() throws {
        guard case .claim(let view) = try ReadFixture.reading(self).resolve("C02") else { return XCTFail() }
        XCTAssertEqual(view.proof.map(\.ref.title), ["(not in the bundle)"])
        XCTAssertEqual(view.dependencies.map(\.id), ["C01"])
    }

    func testExperimentNodeAndEvidence() throws {
        let reading = try ReadFixture.reading(self)
        guard case .experiment(let experiment) = try reading.resolve("E01") else { return XCTFail("E01") }
        XCTAssertEqual(experiment.usedBy.map(\.id), ["C01"])
        XCTAssertEqual(experiment.evidenceFiles, ["evidence/tables/table3_timing.md"])

        guard case .node(let node) = try reading.resolve("N02") else { return XCTFail("N02") }
        XCTAssertEqual(node.ancestry.map(\.id), ["N01"])
        XCTAssertEqual(node.deadEnds.map(\.id), ["N02"])
        guard case .node(let root) = try reading.resolve("N01") else { return XCTFail("N01") }
        XCTAssertEqual(root.children.map(\.id), ["N02", "N03"])
        XCTAssertEqual(root.deadEnds.map(\.id), ["N02"])

        for target in ["Table 3", "table 3", "evidence/tables/table3_timing.md"] {
            guard case .evidence(let evidence) = try reading.resolve(target) else { return XCTFail(target) }
            XCTAssertEqual(evidence.citedBy.map(\.id), ["C01"], target)
            XCTAssertEqual(evidence.experiments.map(\.id), ["E01"], target)
            XCTAssertEqual(evidence.tables.first?.rows.count, 2, target)
        }
    }

    func testEveryOtherKind() throws {
        let reading = try ReadFixture.reading(self)
        let expected: [(String, String, String)] = [
            ("H01", "heuristic", "H01"), ("RW01", "related_work", "RW01"), ("O12", "observation", "O12"),
            ("O1", "problem", "O1"), ("G1", "problem", "G1"), ("2026-03-12_001", "session", "2026-03-12_001"),
            ("Cut-off", "concept", "Cut-off"), ("logic", "listing", "logic"), ("src/sort.py", "file", "src/sort.py"),
            ("logic/claims.md", "listing", "logic/claims.md"), ("", "overview", ""),
        ]
        for (target, kind, id) in expected {
            let object = try reading.resolve(target)
            XCTAssertEqual(object.kind, kind, target)
            XCTAssertEqual(object.ref.id, id, target)
        }
        guard case .record(let observation) = try reading.resolve("O12") else { return XCTFail() }
        XCTAssertEqual(observation.links.map(\.id), ["N03"])
        guard case .record(let session) = try reading.resolve("2026-03-12_001") else { return XCTFail() }
        XCTAssertEqual(session.links.map(\.id), ["N03", "C01"])
    }

    func testListingsAndOverview() throws {
        let reading = try ReadFixture.reading(self)
        guard case .listing(let logic) = try reading.resolve("logic") else { return XCTFail() }
        XCTAssertEqual(Array(logic.objects.prefix(3).map(\.id)), ["C01", "C02", "E01"])
        guard case .overview(let overview) = try reading.resolve(nil) else { return XCTFail() }
        XCTAssertEqual(overview.title, "Sorting small arrays")
        XCTAssertEqual(overview.claims.map(\.detail), ["supported", "hypothesis"])
        XCTAssertEqual(overview.layers.first { $0.layer == "trace" }?.objects, ["3 nodes", "1 session"])
    }

    func testUnknownAndEscapingTargetsAreRefused() throws {
        let reading = try ReadFixture.reading(self)
        for target in ["C99", "Table 9", "nothing", "../etc/passwd", "/etc/passwd", "logic/../../x"] {
            XCTAssertThrowsError(try reading.resolve(target), target)
        }
        XCTAssertThrowsError(try reading.resolve("../etc/passwd")) { error in
            XCTAssertTrue("\(error)".contains("leaves the bundle"), "\(error)")
        }
    }
}
