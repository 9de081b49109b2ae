import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraReview

/// EV006 and its fix on bundles of many evidence files (issue 20, item 2):
/// the index is searched once for every file's names, and the fixes, all
/// insertions at one line, go in as one batch in finding order.
final class EvidenceIndexTests: XCTestCase {
    /// What Foundation's `contains` says of each pattern, which EV006 asked once per pattern.
    func foundationFound(_ patterns: [String], in text: String) -> Set<String> {
        Set(patterns.filter { text.contains($0) })
    }

    func testPatternSearchAgreesWithFoundation() {
        let texts = [
            "- [tables/t1.md](tables/t1.md)\n| x ÷ y | tables/t2.md |\nplain tables/t3.(md/png) line",
            "caf\u{E9} tables/tabl\u{E9}1.md\ntables/table\u{301}2.md\nnames t4.md\u{301} and \u{212A}elvin.md",
            "crlf\r\ntables/t1.md\r\n", "", "tables/t1.md", "t1.mdt1.md\n\nt1.m",
        ]
        let patterns = [
            "tables/t1.md", "tables/t2.md", "tables/t3.(", "tables/t3.{", "tables/tabl\u{E9}1.md",
            "tables/tabl\u{E9}2.md", "tables/table\u{301}1.md", "t4.md", "Kelvin.md", "\u{212A}elvin.md", "t1.m",
            "d\nt", "x ÷ y", "÷", "", "t1.mdt1.md", "tables/t1.md\r", "missing.md",
        ]
        for text in texts {
            XCTAssertEqual(
                PatternSearch.found(Set(patterns), in: text), foundationFound(patterns, in: text), text.debugDescription
            )
        }
    }

    func testPatternSearchAgreesOnRandomASCII() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab/.\n-[]")
        func random(_ length: Int) -> String {
            String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
        }
        for _ in 0..<50 {
            let text = random(400)
            let patterns = (0..<40).map { _ in random(Int.random(in: 1..<7, using: &generator)) }
            XCTAssertEqual(PatternSearch.found(Set(patterns), in: text), foundationFound(patterns, in: text), text)
        }
    }

    func unlistedBundle(_ count: Int) throws -> URL {
        let root = try TestSupport.copy(
            TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort"), in: self)
        let folder = root.appendingPathComponent("evidence/tables/many")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for number in 0..<count { try Data().write(to: folder.appendingPathComponent("t\(number).md")) }
        return root
    }

    func testTheFixListsEveryFileInFindingOrderAndOnlyOnce() throws {
        let root = try unlistedBundle(30)
        let index = root.appendingPathComponent("evidence/README.md")
        let before = try String(contentsOf: index, encoding: .utf8)
        let outcome = try FixApplier(reviewer: Reviewer(select: ["EV006"])).fix(at: root, write: true)
        XCTAssertEqual(outcome.applied.count, 30)
        XCTAssertEqual(outcome.dropped.count, 0)
        let names = (0..<30).map { "tables/many/t\($0).md" }.sorted()
        XCTAssertTrue(before.hasSuffix("|\n"))
        XCTAssertEqual(
            try String(contentsOf: index, encoding: .utf8), before + names.map { "- [\($0)](\($0))\n" }.joined())
        let again = try FixApplier(reviewer: Reviewer(select: ["EV006"])).fix(at: root, write: true)
        XCTAssertTrue(again.changes.isEmpty, "a second --fix changed the index again")
    }

    func testFixingManyUnlistedFilesGrowsLinearly() throws {
        let small = try unlistedBundle(100)
        let large = try unlistedBundle(400)
        let fixer = FixApplier(reviewer: Reviewer(select: ["EV006"]))
        let smallTime = try TestSupport.bestTime { _ = try fixer.fix(at: small, write: false) }
        let largeTime = try TestSupport.bestTime { _ = try fixer.fix(at: large, write: false) }
        XCTAssertLessThan(largeTime / smallTime, 8, "100 files: \(smallTime) s, 400 files: \(largeTime) s")
    }

    func testReviewOfAnIndexListingManyFilesGrowsLinearly() throws {
        func listed(_ count: Int) throws -> URL {
            let root = try unlistedBundle(count)
            let lines = (0..<count).map { "- [tables/many/t\($0).md](tables/many/t\($0).md)\n" }.joined()
            let handle = try FileHandle(forWritingTo: root.appendingPathComponent("evidence/README.md"))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(lines.utf8))
            try handle.close()
            return root
        }
        let small = try listed(500)
        let large = try listed(2_000)
        let reviewer = Reviewer(select: ["EV006"])
        XCTAssertEqual(try reviewer.review(at: large).findings.count, 0)
        let smallTime = try TestSupport.bestTime { _ = try reviewer.review(at: small) }
        let largeTime = try TestSupport.bestTime { _ = try reviewer.review(at: large) }
        XCTAssertLessThan(largeTime / smallTime, 8, "500 listed: \(smallTime) s, 2,000 listed: \(largeTime) s")
    }
}

/// Which edits a batch of fixes may hold together.
final class TakenLinesTests: XCTestCase {
    func testClashes() {
        var taken = TakenLines()
        taken.take(3..<5)
        taken.take(8..<8)
        XCTAssertTrue(taken.clashes(4..<6), "overlaps a replacement")
        XCTAssertTrue(taken.clashes(3..<3), "an insertion where a replacement starts")
        XCTAssertTrue(taken.clashes(8..<9), "a replacement where an insertion goes")
        XCTAssertFalse(taken.clashes(8..<8), "insertions at one line go in in order")
        XCTAssertFalse(taken.clashes(5..<8))
        XCTAssertFalse(taken.clashes(4..<4), "inside a replacement, as before")
    }

    func testInsertionsAtOneLineAreJoinedInOrder() {
        let edits = [
            TextEdit(path: "a", lines: 2..<2, replacement: ["x"]),
            TextEdit(path: "a", lines: 0..<1, replacement: ["r"]),
            TextEdit(path: "a", lines: 2..<2, replacement: ["y", "z"]),
        ]
        XCTAssertEqual(
            TakenLines.mergingInsertions(edits),
            [
                TextEdit(path: "a", lines: 2..<2, replacement: ["x", "y", "z"]),
                TextEdit(path: "a", lines: 0..<1, replacement: ["r"]),
            ])
    }
}
