import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraReview

/// What real bundles slipped through (issue 14): each case beside the nearest
/// correct text, which must stay silent.
final class ReviewGapTests: XCTestCase {
    static var example: URL { TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort") }

    func review(_ edits: [String: (String) -> String], select: [String]) throws -> [Finding] {
        let root = try TestSupport.copy(Self.example, in: self)
        for (path, edit) in edits {
            let url = root.appendingPathComponent(path)
            try edit((try? String(contentsOf: url, encoding: .utf8)) ?? "").write(
                to: url, atomically: true, encoding: .utf8)
        }
        return try Reviewer(select: select).review(at: root).findings
    }

    static let experiment =
        "\n## E03: Extra ablation\n- **Verifies**: C02\n- **Setup**: s\n- **Procedure**: p\n- **Metrics**: m\n"

    func testAnExperimentThatOnlyItsOwnVerifiesLinksIsAnOrphan() throws {
        let orphan = try review(["logic/experiments.md": { $0 + Self.experiment }], select: ["EX002"])
        XCTAssertEqual(
            orphan.map(\.message),
            ["experiment E03 is cited by no claim's Proof; it says it verifies C02, whose Proof does not cite it"])
        // Control: the claim cites it.
        let cited = try review(
            [
                "logic/experiments.md": { $0 + Self.experiment },
                "logic/claims.md": {
                    $0.replacingOccurrences(of: "- **Proof**: [E01]", with: "- **Proof**: [E01, E03]")
                },
            ], select: ["EX002"])
        XCTAssertEqual(cited.map(\.message), [])
        // Control: a placeholder block written to be filled in.
        let placeholder =
            "\n## E03: pending\n- **Verifies**: C02\n- **Setup**: pending\n- **Procedure**: pending\n- **Metrics**: pending\n"
        XCTAssertEqual(try review(["logic/experiments.md": { $0 + placeholder }], select: ["EX002"]).map(\.message), [])
    }
}
