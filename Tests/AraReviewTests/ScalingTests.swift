import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraReview

/// Review time grows with the bundle, not with its square (issue 12, item 2).
/// Each check compares a 4x larger input with a smaller one, the best of three
/// runs each: linear work gives about 4x, a scan per reference gives 16x.
final class ScalingTests: XCTestCase {
    /// `count` claims in a Dependencies chain, each proved by its own experiment
    /// whose Evidence is one shared table, each named in evidence/README.md and
    /// by a tree node: every cross-reference rule meets `count` references.
    func chainedBundle(_ count: Int) throws -> URL {
        var claims = "# Claims\n"
        var experiments = "# Experiments\n"
        var tree = "tree:\n"
        var table = "# Table 1: Results\n\n| run | value |\n|---|---|\n"
        var index = "# Evidence\n\n| claim | file |\n|---|---|\n"
        for number in 1...count {
            let claim = String(format: "C%05d", number)
            let experiment = String(format: "E%05d", number)
            let previous = number > 1 ? String(format: "C%05d", number - 1) : ""
            claims += """

                ## \(claim): Claim \(number)
                - **Statement**: run \(number) reaches \(number).5 points
                - **Status**: hypothesis
                - **Falsification criteria**: f
                - **Proof**: [\(experiment)]
                - **Dependencies**: [\(previous)]

                """
            experiments += """

                ## \(experiment): Run \(number)
                - **Verifies**: \(claim)
                - **Setup**: s
                - **Procedure**: p
                - **Metrics**: m
                - **Evidence**: `evidence/tables/table1_results.md`

                """
            tree += "  - id: N\(number)\n    type: experiment\n    title: Run \(number)\n    evidence: [\(claim)]\n"
            table += "| \(number) | \(number).5 |\n"
            index += "| \(claim) | [table](tables/table1_results.md) |\n"
        }
        return try TestSupport.bundle(
            [
                "logic/claims.md": claims, "logic/experiments.md": experiments, "trace/exploration_tree.yaml": tree,
                "evidence/tables/table1_results.md": table, "evidence/README.md": index,
            ], in: self)
    }

    func testReviewOfChainedClaimsGrowsLinearly() throws {
        let small = try chainedBundle(300)
        let large = try chainedBundle(1_200)
        let reviewer = Reviewer()
        // Both reviews find the same kinds of things: the large one is no stress test of a different path.
        XCTAssertEqual(
            Set(try reviewer.review(at: small).findings.map(\.code)),
            Set(try reviewer.review(at: large).findings.map(\.code)))
        let smallTime = try TestSupport.bestTime { _ = try reviewer.review(at: small) }
        let largeTime = try TestSupport.bestTime { _ = try reviewer.review(at: large) }
        XCTAssertLessThan(
            largeTime / smallTime, 8,
            "300 claims: \(smallTime) s, 1,200 claims: \(largeTime) s; 4x the claims should take about 4x the time")
    }
}
