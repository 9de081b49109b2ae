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

    func testAbsoluteCodeRefInACodeSpan() throws {
        let findings = try review(
            "logic/solution/heuristics.md", replacing: "- **Code ref**: src/execution/hybrid_sort.py\n",
            with: "- **Code ref**: `/etc/x`\n")
        let found = findings.filter { $0.code == "XL005" }
        XCTAssertEqual(found.count, 1, "\(found.map(\.message))")
        XCTAssertTrue(found.first?.message.contains("/etc/x, an absolute path") ?? false, "\(found.map(\.message))")
    }

    func testAbsoluteLinkInTheLayerIndex() throws {
        let findings = try review("PAPER.md", replacing: "](logic/claims.md)", with: "](/etc/x)")
        let found = findings.filter { $0.code == "ST004" }
        XCTAssertEqual(
            found.map(\.message),
            [
                "the Layer Index names /etc/x, an absolute path (bundle paths are relative; nothing outside the bundle is read)"
            ])
    }

    func testAbsoluteBareExperimentEvidence() throws {
        let findings = try review(
            "logic/experiments.md", replacing: "- **Evidence**: evidence/tables/table1_crossover.md,",
            with: "- **Evidence**: /etc/passwd, evidence/tables/table1_crossover.md,")
        let found = findings.filter { $0.code == "XL006" }
        XCTAssertEqual(found.count, 1, "\(found.map(\.message))")
        XCTAssertTrue(found.first?.message.contains("/etc/passwd, an absolute path") ?? false)
    }

    func testHomeRelativeAndRelativeLinksThatLeadUpAreReported() throws {
        let findings = try review(
            "logic/solution/heuristics.md", replacing: "- **Code ref**: src/execution/hybrid_sort.py\n",
            with: "- **Code ref**: ~/code/sort.py and [up](../../../outside.py)\n")
        XCTAssertEqual(findings.filter { $0.code == "XL005" }.count, 2, "\(findings.map(\.message))")
    }

    func testControlsStaySilent() throws {
        // Units, fractions and relative links that exist are not absolute paths.
        let findings = try review(
            "logic/experiments.md", replacing: "- **Evidence**: evidence/tables/table1_crossover.md,",
            with:
                "- **Evidence**: 3 km/s and 1/2 of runs, [t](../evidence/tables/table1_crossover.md), evidence/tables/table1_crossover.md,"
        )
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
