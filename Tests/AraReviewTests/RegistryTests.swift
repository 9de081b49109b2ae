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
}
