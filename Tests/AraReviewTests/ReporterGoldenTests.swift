import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraReview

/// Every reporter's output for one fixed review, byte for byte against a file
/// under Golden/ that a person has read. `ARAKIT_UPDATE_GOLDEN=1` rewrites them
/// after a deliberate change (then read the diff).
final class ReporterGoldenTests: XCTestCase {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// tiny-sort with a missing experiment (an error) and a dash heading (a fixable info).
    func findings() throws -> [Finding] {
        let root = try TestSupport.copy(RuleTests.example, in: self)
        let claims = root.appendingPathComponent(RuleTests.claims)
        var text = try String(contentsOf: claims, encoding: .utf8)
        text = text.replacingFirst("- **Proof**: [E01]", with: "- **Proof**: [E09]")
        text = text.replacingFirst("## C03: ", with: "## C03 — ")
        try text.write(to: claims, atomically: true, encoding: .utf8)
        return try Reviewer().review(at: root).findings
    }

    func check(_ output: String, against name: String) throws {
        let url = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["ARAKIT_UPDATE_GOLDEN"] == "1" {
            try output.write(to: url, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(output, try String(contentsOf: url, encoding: .utf8), "\(name) differs from its golden file")
    }

    func testEveryFormatMatchesItsGoldenFile() throws {
        let reported = [ReportedBundle(displayPath: "paper", findings: try findings())]
        XCTAssertEqual(Set(reported[0].findings.map(\.code)), ["XL001", "DR005"])
        try check(TextReporter().render(reported), against: "report.txt")
        try check(TextReporter().statistics(reported), against: "statistics.txt")
        try check(JSONReporter(version: "0.0.0-test").render(reported), against: "report.json")
        try check(try SARIFReporter(version: "0.0.0-test").render(reported), against: "report.sarif")
        try check(GitHubReporter().render(reported), against: "report.github")
    }
}
