import AraCore
import AraTestSupport
import XCTest

final class TreeReaderTests: XCTestCase {
    func read(_ yaml: String) throws -> ReadResult {
        try TestSupport.read(try TestSupport.bundle(["trace/exploration_tree.yaml": yaml], in: self))
    }

    func testRootDialectAndKeyAliases() throws {
        let result = try read(
            """
            root:
              id: N01
              type: question
              title: Q
              description: d
              children:
                - {id: N02, type: dead_end, title: D, why_failed: slow}
                - {id: N03, type: decision, title: C, choice: a, alternatives: [b], justification: j}
                - {id: N04, type: pivot, title: P, prior_direction: x, new_direction: y, reason: z}
            """)
        let nodes = try XCTUnwrap(result.bundle.tree).allNodes
        XCTAssertEqual(nodes.map(\.id), ["N01", "N02", "N03", "N04"])
        XCTAssertEqual(nodes[1].text(.failureMode), "slow")
        XCTAssertEqual(nodes[1].field(.failureMode)?.origin.spelling, "why_failed")
        XCTAssertEqual(nodes[2].text(.rationale), "j")
        XCTAssertEqual(nodes[3].fields.map(\.key), ["from", "to", "trigger"])
        XCTAssertEqual(result.diagnostics, [])
    }

    func testEvidenceScalarBecomesListAndMixedEvidenceIsTyped() throws {
        let result = try read(
            """
            tree:
              - id: N01
                type: experiment
                title: E
                result: r
                evidence: "Table 3 ablation"
              - id: N02
                type: experiment
                title: F
                result: r
                evidence: [C01, "Table 2", O07]
            """)
        let nodes = try XCTUnwrap(result.bundle.tree).allNodes
        XCTAssertEqual(nodes[0].evidence, [.prose("Table 3 ablation")])
        XCTAssertEqual(nodes[1].evidence, [.id("C01"), .prose("Table 2"), .id("O07")])
    }

    func testUnknownTypesAndKeysAreKeptAndReportedOnce() throws {
        let result = try read(
            """
            tree:
              - {id: N01, type: insight, title: I, mood: good}
              - {id: N02, type: question, title: Q, description: d, mood: bad, provenance: user, timestamp: "2026-01-01"}
              - {type: question, title: no id}
            """)
        XCTAssertEqual(result.diagnostics.map(\.code), [.unknownNodeType, .unknownKey, .missingNodeID])
        XCTAssertEqual(result.diagnostics[0].location.line, 2)
        let tree = try XCTUnwrap(result.bundle.tree)
        XCTAssertEqual(tree.allNodes[0].type, .other("insight"))
        XCTAssertEqual(tree.allNodes[1].text(named: "mood"), "bad")
    }

    func testCyclesAndDanglingReferencesReadWithoutTrouble() throws {
        let result = try read(
            "tree:\n  - {id: N01, type: question, title: Q, description: d, also_depends_on: [N02]}\n  - {id: N02, type: question, title: R, description: d, also_depends_on: [N01, N99]}\n"
        )
        XCTAssertEqual(result.bundle.tree?.allNodes.map(\.alsoDependsOn), [["N02"], ["N01", "N99"]])
    }

    func testBareListIsReadAndReported() throws {
        let result = try read("- {id: N01, type: question, title: Q, description: d}\n")
        XCTAssertEqual(result.bundle.tree?.allNodes.count, 1)
        XCTAssertEqual(result.diagnostics.map(\.code), [.unexpectedShape])
    }

    func testCanonicalTreeText() throws {
        let result = try read(
            """
            # header kept
            tree:
              - children:
                  - {id: N02, type: dead_end, title: "D: colon", reason: r, lesson: l, hypothesis: h}
                id: N01
                title: Q
                type: question
                description: "true"
            """)
        let text = try XCTUnwrap(BundleWriter().render(result.bundle)["trace/exploration_tree.yaml"])
        XCTAssertEqual(
            text,
            """
            # header kept

            tree:
            - id: N01
              type: question
              title: Q
              description: "true"
              children:
              - id: N02
                type: dead_end
                title: 'D: colon'
                hypothesis: h
                failure_mode: r
                lesson: l

            """)
    }
}
