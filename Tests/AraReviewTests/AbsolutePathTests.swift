import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraReview

/// Paths that name the writer's machine, not the bundle (issue 12, item 8):
/// each draws a finding that says so; relative paths that exist stay silent.
final class AbsolutePathTests: XCTestCase {
    static var example: URL { TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort") }

    func review(_ path: String, replacing old: String, with new: String) throws -> [Finding] {
        let root = try TestSupport.copy(Self.example, in: self)
        let url = root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "fixture text not found: \(old)")
        try text.replacingFirst(old, with: new).write(to: url, atomically: true, encoding: .utf8)
        return try Reviewer().review(at: root).findings
    }

    func leaving(_ findings: [Finding]) -> [String] {
        findings.filter { $0.code == "XL011" }.map { "\($0.location.path):\($0.location.line) \($0.message)" }
    }

    func testAbsoluteCodeRefInACodeSpan() throws {
        let findings = try review(
            "logic/solution/heuristics.md", replacing: "- **Code ref**: src/execution/hybrid_sort.py\n",
            with: "- **Code ref**: `/etc/x`\n")
        XCTAssertEqual(
            leaving(findings),
            [
                "logic/solution/heuristics.md:7 heuristic H01's Code ref names /etc/x, which is outside the bundle (an absolute path)"
            ])
        // One rule says it: the missing-file rule leaves it alone.
        XCTAssertEqual(findings.filter { $0.code == "XL005" }.map(\.message), [])
    }

    func testAbsoluteLinkInTheLayerIndex() throws {
        let findings = try review("PAPER.md", replacing: "](logic/claims.md)", with: "](/etc/x)")
        XCTAssertEqual(leaving(findings).count, 1, "\(leaving(findings))")
        XCTAssertTrue(leaving(findings).first?.contains("the Layer Index names /etc/x") ?? false)
        XCTAssertEqual(findings.filter { $0.code == "ST004" }.map(\.message), [])
    }

    func testAbsoluteBareExperimentEvidence() throws {
        let findings = try review(
            "logic/experiments.md", replacing: "- **Evidence**: evidence/tables/table1_crossover.md,",
            with: "- **Evidence**: /etc/passwd, evidence/tables/table1_crossover.md,")
        XCTAssertEqual(leaving(findings).count, 1, "\(leaving(findings))")
        XCTAssertTrue(leaving(findings).first?.contains("experiment E01's Evidence names /etc/passwd") ?? false)
        XCTAssertEqual(findings.filter { $0.code == "XL006" }.map(\.message), [])
    }

    func testPathsThatClimbOutAreReportedWhereverTheyStand() throws {
        let heuristic = try review(
            "logic/solution/heuristics.md", replacing: "- **Code ref**: src/execution/hybrid_sort.py\n",
            with: "- **Code ref**: ~/code/sort.py and [up](../../../outside.py)\n")
        XCTAssertEqual(leaving(heuristic).count, 2, "\(leaving(heuristic))")
        let evidence = try review(
            "logic/experiments.md", replacing: "- **Evidence**: evidence/tables/table1_crossover.md,",
            with: "- **Evidence**: ../../data/x.csv, evidence/tables/table1_crossover.md,")
        XCTAssertEqual(leaving(evidence).count, 1, "\(leaving(evidence))")
        let index = try review("evidence/README.md", replacing: "](tables/table1_crossover.md)", with: "](../../t.md)")
        XCTAssertEqual(leaving(index).count, 1, "\(leaving(index))")
        let proof = try review(
            "logic/claims.md", replacing: "- **Proof**: [E01]", with: "- **Proof**: [E01], `/tmp/t.md`")
        XCTAssertEqual(leaving(proof).count, 1, "\(leaving(proof))")
    }

    func testControlsStaySilent() throws {
        // Units, fractions and links that climb but stay inside are not outside paths.
        let findings = try review(
            "logic/experiments.md", replacing: "- **Evidence**: evidence/tables/table1_crossover.md,",
            with:
                "- **Evidence**: 3 km/s and 1/2 of runs, [t](../evidence/tables/table1_crossover.md), ../evidence/tables/table1_crossover.md,"
        )
        XCTAssertEqual(leaving(findings), [])
        XCTAssertEqual(findings.filter { $0.code == "XL006" }.map(\.message), [])
    }

    func testCoreFileThatIsADirectoryIsSaid() throws {
        let root = try TestSupport.copy(Self.example, in: self)
        let claims = root.appendingPathComponent("logic/claims.md")
        try FileManager.default.removeItem(at: claims)
        try FileManager.default.createDirectory(at: claims, withIntermediateDirectories: false)
        let read = try TestSupport.read(root)
        XCTAssertEqual(read.diagnostics.map(\.code), [.unreadableFile])
        XCTAssertTrue(read.diagnostics.first?.message.contains("is a directory, not a file") ?? false)
        let st001 = try Reviewer().review(at: root).findings.filter { $0.code == "ST001" }
        XCTAssertEqual(st001.map(\.message), ["core file logic/claims.md is a directory, not a file"])
    }
}
