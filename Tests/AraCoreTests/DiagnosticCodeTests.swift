import AraCore
import AraTestSupport
import Foundation
import XCTest

/// SPEC.md §8 must list every diagnostic code with its name and severity.
final class DiagnosticCodeTests: XCTestCase {
    func testSpecListsEveryCode() throws {
        let spec = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("SPEC.md"), encoding: .utf8)
        for code in DiagnosticCode.allCases {
            let row = spec.split(separator: "\n").first {
                $0.hasPrefix("| \(code.rawValue) ") || $0.hasPrefix("| `\(code.rawValue)`")
            }
            let line = try XCTUnwrap(row, "SPEC.md has no table row for \(code.rawValue)")
            XCTAssertTrue(line.contains(code.name), "\(code.rawValue): SPEC.md row lacks the name \(code.name)")
            XCTAssertTrue(
                line.contains(code.severity.rawValue),
                "\(code.rawValue): SPEC.md row lacks severity \(code.severity.rawValue)")
        }
    }
}
