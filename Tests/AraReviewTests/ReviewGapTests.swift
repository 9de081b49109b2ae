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

extension ReviewGapTests {
    /// A tree written to the protocol's published node-field contract:
    /// provenance and timestamp on every node; exploration, outcome, status and
    /// result on experiments; prior_direction, new_direction, reason, lesson on pivots.
    static let publishedTree = """
        tree:
        - id: N01
          type: question
          title: "Does insertion sort beat merge sort on small arrays?"
          support_level: explicit
          source_refs: ["PAPER.md"]
          provenance: user
          timestamp: "2026-11-02"
          description: "Find the crossover size"
          children:
          - id: N02
            type: experiment
            title: "Time both sorts from n = 2 to 256"
            support_level: explicit
            source_refs: ["trace/sessions/2026-11-02_001.yaml"]
            provenance: ai-executed
            timestamp: "2026-11-02"
            exploration: "Swept n in powers of two, 200 repeats each"
            outcome: "Insertion sort wins below n = 16"
            status: completed
            result: "crossover at 16"
            evidence: [C01]
          - id: N03
            type: pivot
            title: "From a fixed cutoff to a measured one"
            support_level: explicit
            source_refs: ["trace/sessions/2026-11-03_001.yaml"]
            provenance: user-revised
            timestamp: "2026-11-03"
            prior_direction: "cutoff 32 from folklore"
            new_direction: "cutoff 16 from the sweep"
            reason: "the sweep put the crossover lower"
            lesson: "measure the cutoff on the target interpreter"

        """

    func testThePublishedNodeFieldsReviewWithNoTraceFinding() throws {
        let findings = try review(
            ["trace/exploration_tree.yaml": { _ in Self.publishedTree }], select: ["TR", "R", "DR"])
        XCTAssertEqual(findings.map { "\($0.location) \($0.code) \($0.message)" }, [])
    }

    func testPivotSpellingIsCanonicalisedOnlyTowardTheBundlesChoice() throws {
        let tree: [String: (String) -> String] = ["trace/exploration_tree.yaml": { _ in Self.publishedTree }]
        var published = tree
        published["arakit.toml"] = { _ in "pivot-keys = \"published\"\n" }
        XCTAssertEqual(try review(published, select: ["DR004"]).map(\.message), [])
        var classic = tree
        classic["arakit.toml"] = { _ in "pivot-keys = \"from-to-trigger\"\n" }
        XCTAssertEqual(try review(classic, select: ["DR004"]).count, 3)
        // The other direction: from/to/trigger flagged when the bundle chose the published fields.
        let fromTo = try review(
            ["arakit.toml": { _ in "pivot-keys = \"published\"\n" }], select: ["DR004"])
        let example = try String(
            contentsOf: Self.example.appendingPathComponent("trace/exploration_tree.yaml"), encoding: .utf8)
        let written = ["from:", "to:", "trigger:"].filter { key in
            example.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key) }
        }
        XCTAssertEqual(fromTo.count, written.count, "\(fromTo.map(\.message))")
        XCTAssertTrue(fromTo.allSatisfy { $0.fix != nil })
    }

    func testATreeWithBothTopsIsReported() throws {
        let both = try review(
            ["trace/exploration_tree.yaml": { $0 + "root:\n  id: N99\n  type: question\n  title: Other\n" }],
            select: ["TR011"])
        XCTAssertEqual(both.count, 1)
        XCTAssertTrue(both.first?.message.contains("a fix keeps 'tree:'") ?? false)
        XCTAssertEqual(try review([:], select: ["TR011"]).map(\.message), [])
    }
}

extension ReviewGapTests {
    func testKeyLevelTreeFindingsPointAtTheKey() throws {
        let tree = """
            tree:
            - id: N01
              type: question
              title: "Q"
              support_level: likely
              source_refs: ["PAPER.md"]
              description: "d"
              also_depends_on: [N99]
              colour: blue

            """
        let findings = try review(["trace/exploration_tree.yaml": { _ in tree }], select: ["TR003", "TR007", "R009"])
        XCTAssertEqual(
            findings.map { "\($0.code) \($0.location.line):\($0.location.column)" }.sorted(),
            ["R009 9:3", "TR003 8:3", "TR007 5:3"])
    }
}
