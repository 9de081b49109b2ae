import AraCore
import AraTestSupport
import XCTest

@testable import AraReview

/// Findings sort by path, line, column, code and message, as the tuple of those did.
final class FindingOrderTests: XCTestCase {
    func testSameOrderAsTheTupleComparison() {
        var generator = SplitMix(seed: 0x46_49_4E_44)
        let rules = RuleRegistry.rules.prefix(4).map(\.description)
        let pick = { (values: [String], generator: inout SplitMix) in
            values[Int(generator.next() % UInt64(values.count))]
        }
        let findings = (0..<400).map { _ in
            Finding(
                rules[Int(generator.next() % UInt64(rules.count))],
                at: SourceLocation(
                    path: pick(["a.md", "b.md", "é.md", "logic/claims.md"], &generator),
                    line: Int(generator.next() % 4), column: Int(generator.next() % 3)),
                pick(["x", "y", "é", "Y"], &generator))
        }
        let tuple = { (lhs: Finding, rhs: Finding) in
            (lhs.location.path, lhs.location.line, lhs.location.column, lhs.code, lhs.message) < (
                rhs.location.path, rhs.location.line, rhs.location.column, rhs.code, rhs.message
            )
        }
        for (lhs, rhs) in zip(findings, findings.reversed()) {
            XCTAssertEqual(Finding.ordered(lhs, rhs), tuple(lhs, rhs))
        }
        XCTAssertEqual(findings.sorted(by: Finding.ordered), findings.sorted(by: tuple))
    }
}
