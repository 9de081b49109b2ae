import AraCore
import Foundation
import XCTest

@testable import AraReview

/// The shared machinery of the rules, each on cases chosen to break it.
final class MachineryTests: XCTestCase {
    func testQuotesMatchAcrossWrappingAndElisions() {
        let text = "The ratio falls\n  monotonically from 5.09 at n = 4\nto 0.41 at n = 256."
        XCTAssertTrue(QuoteMatch.occurs("ratio falls monotonically", in: text))
        XCTAssertTrue(QuoteMatch.occurs("falls … to 0.41", in: text))
        XCTAssertTrue(QuoteMatch.occurs("falls ... 0.41 at n", in: text))
        // Order matters across an elision, and every piece must be there.
        XCTAssertFalse(QuoteMatch.occurs("0.41 … falls", in: text))
        XCTAssertFalse(QuoteMatch.occurs("ratio rises", in: text))
        XCTAssertFalse(QuoteMatch.occurs("5.09 at n = 8", in: text))
    }

    /// Applies a unified diff the way patch(1) does, for a round-trip check.
    func apply(_ diff: String, to text: String) -> String {
        var old = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var offset = 0
        var position = 0
        var result: [String] = []
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2) {
            if line.hasPrefix("@@") {
                let start = Int(line.dropFirst(4).prefix { $0.isNumber }) ?? 1
                result += old[position..<(start - 1)]
                position = start - 1
            } else if line.hasPrefix(" ") {
                result.append(old[position])
                position += 1
            } else if line.hasPrefix("-") {
                position += 1
            } else if line.hasPrefix("+") {
                result.append(String(line.dropFirst()))
                offset += 1
            }
        }
        result += old[position...]
        old = result
        return old.joined(separator: "\n")
    }

    func testUnifiedDiffRoundTripsAndKeepsThreeLinesOfContext() {
        let before = (1...30).map { "line \($0)" }.joined(separator: "\n") + "\n"
        var lines = before.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[0] = "first changed"
        lines.insert("inserted", at: 15)
        lines.remove(at: 29)
        let after = lines.joined(separator: "\n")
        let diff = UnifiedDiff.render(path: "logic/claims.md", before: before, after: after)
        XCTAssertTrue(
            diff.hasPrefix("--- a/logic/claims.md\n+++ b/logic/claims.md\n@@ -1,4 +1,4 @@\n-line 1\n+first changed"),
            diff)
        XCTAssertEqual(diff.components(separatedBy: "\n@@ ").count - 1, 3, diff)
        XCTAssertEqual(apply(diff, to: before), after)
        XCTAssertEqual(UnifiedDiff.render(path: "x", before: before, after: before), "--- a/x\n+++ b/x")
    }
}

extension MachineryTests {
    func field(_ value: String) -> MarkdownField {
        MarkdownField(
            name: "Sources", value: value,
            origin: Origin(SourceLocation(path: "logic/claims.md", line: 10, column: 1)))
    }

    func testSourceEntriesParseEveryPlaceAndKeepTheirLines() {
        let entries = SourceEntry.parse(
            field: field(
                """

                - 0.82 ← `evidence/tables/t1.md:13` «| 8 | 0.82 |» [result]
                - 3.57 ← `runs/log.txt:10-12` «top-5
                  3.57»
                - 27.9 ← N03:result «27.9»
                - 1.0 ← [pending: the run log is lost]
                - a value with no arrow
                """))
        XCTAssertEqual(entries.map(\.location.line), [11, 12, 14, 15, 16])
        XCTAssertEqual(entries.map(\.value), ["0.82", "3.57", "27.9", "1.0", "a value with no arrow"].map { $0 })
        XCTAssertEqual(
            entries[0].body,
            .cited(place: .file(path: "evidence/tables/t1.md", lines: 13...13), quote: "| 8 | 0.82 |", tag: "result"))
        XCTAssertEqual(
            entries[1].body, .cited(place: .file(path: "runs/log.txt", lines: 10...12), quote: "top-5 3.57", tag: nil))
        XCTAssertEqual(entries[2].body, .cited(place: .node(id: "N03", field: "result"), quote: "27.9", tag: nil))
        XCTAssertEqual(entries[3].body, .pending(reason: "the run log is lost"))
        XCTAssertEqual(entries[4].body, .malformed)
    }
}
