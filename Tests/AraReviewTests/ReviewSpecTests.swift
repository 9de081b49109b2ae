import AraTestSupport
import Foundation
import XCTest

@testable import AraReview

/// SPEC.md §9.1 must list every review rule with its name, family and severity.
final class ReviewSpecTests: XCTestCase {
    /// The table is what `make spec` writes from the rules: row for row, text for text.
    func testTheRuleTableIsGeneratedFromTheRules() throws {
        let spec = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("SPEC.md"), encoding: .utf8)
        let lines = spec.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try XCTUnwrap(lines.firstIndex(of: "| code | name | family | severity | fix | reports |"))
        let table = lines[(header + 2)...].prefix { $0.hasPrefix("| ") }
        let expected = RuleRegistry.rules.map(\.description).map { rule in
            "| \(rule.code) | `\(rule.name)` | \(rule.family.title) | \(rule.severity.rawValue) | "
                + "\(rule.fixable ? "yes" : "") | \(rule.summary) |"
        }
        XCTAssertEqual(Array(table), expected, "SPEC.md §9.1 differs from the rules: run `make spec`")
    }

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

extension ReviewSpecTests {
    /// SARIF viewers link each rule to SPEC.md; the anchor must be one its contents list.
    func testSARIFHelpLinksToAnExistingSection() throws {
        let spec = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("SPEC.md"), encoding: .utf8)
        let source = try String(
            contentsOf: TestSupport.repositoryRoot.appendingPathComponent(
                "Sources/AraReview/Reporters/SARIFReporter.swift"),
            encoding: .utf8)
        let anchors = source.matches(of: /SPEC\.md#([a-z0-9-]+)/).map { String($0.output.1) }
        XCTAssertFalse(anchors.isEmpty)
        for anchor in anchors { XCTAssertTrue(spec.contains("](#\(anchor))"), "no section #\(anchor) in SPEC.md") }
    }
}
