import AraCore
import Foundation
import XCTest

@testable import AraReview

/// The rule registry cannot drift: codes and names unique, every code in a
/// known family, every code and name stable in shape (issue 15, item 4).
final class RegistryTests: XCTestCase {
    func testCodesAndNamesAreUniqueAcrossRulesAndTheReader() {
        let descriptions = RuleRegistry.descriptions
        for (what, keys) in [("code", descriptions.map(\.code)), ("name", descriptions.map(\.name))] {
            let repeated = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            XCTAssertEqual(repeated, [], "duplicate rule \(what)s")
        }
    }

    func testEveryCodeNamesAKnownFamilyAndHasThreeDigits() {
        for description in RuleRegistry.descriptions {
            let prefix = String(description.code.prefix(while: \.isLetter))
            XCTAssertNotNil(RuleFamily(rawValue: prefix), "\(description.code): unknown family '\(prefix)'")
            XCTAssertEqual(description.code.dropFirst(prefix.count).count, 3, description.code)
            XCTAssertTrue(description.code.dropFirst(prefix.count).allSatisfy(\.isNumber), description.code)
            XCTAssertNotNil(
                description.name.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/), "\(description.code): '\(description.name)'")
        }
    }

    func testSpecListsEveryRuleWithItsNameAndSeverity() throws {
        let spec = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("SPEC.md"), encoding: .utf8)
        let rows = spec.split(separator: "\n").filter { $0.hasPrefix("| ") }
        for rule in RuleRegistry.rules.map(\.description) {
            let row = rows.first { $0.hasPrefix("| \(rule.code) |") }
            XCTAssertNotNil(row, "SPEC.md has no row for \(rule.code)")
            XCTAssertTrue(row?.contains("`\(rule.name)`") ?? false, "\(rule.code): SPEC.md row lacks `\(rule.name)`")
            XCTAssertTrue(
                row?.contains(rule.severity.rawValue) ?? false, "\(rule.code): SPEC.md row lacks its severity")
        }
    }
}
