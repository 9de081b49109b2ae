import AraTestSupport
import Foundation
import XCTest

@testable import AraReview

/// SPEC.md §9.1 must list every review rule with its name, family and severity.
final class ReviewSpecTests: XCTestCase {
    func testSpecListsEveryRule() throws {
        let spec = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("SPEC.md"), encoding: .utf8)
        let rows = spec.split(separator: "\n")
        for rule in RuleRegistry.rules.map(\.description) {
            let row = try XCTUnwrap(
                rows.first { $0.hasPrefix("| \(rule.code) ") }, "SPEC.md has no row for \(rule.code)")
            for part in ["`\(rule.name)`", "| \(rule.family.title) |", "| \(rule.severity.rawValue) |"] {
                XCTAssertTrue(row.contains(part), "\(rule.code): SPEC.md row lacks \(part)")
            }
        }
    }
}
