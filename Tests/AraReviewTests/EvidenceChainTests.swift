import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraReview

/// How a claim reaches its evidence files (SPEC.md §9.5), on a bundle with
/// one route of each kind and one broken link of each kind.
final class EvidenceChainTests: XCTestCase {
    /// A bundle whose claim C01 reaches evidence by every route: a path in its
    /// Proof, experiments' Evidence fields, `Table N` / `Figure N` objects and
    /// evidence/README.md rows; two routes repeat files others reach. C04
    /// reaches nothing.
    private func fixture() throws -> ReviewContext {
        let root = try TestSupport.bundle(
            [
                "logic/claims.md": """
                # Claims

                ## C01: Warmup stabilises training
                - **Statement**: Warmup removes the early loss spikes.
                - **Proof**: [E01, E02, E03, E09]; see also evidence/results/direct.md
                - **Evidence basis**: Table 2 and Fig. 4 show it; Table 9 is not extracted.

                ## C04: Nothing backs this
                - **Statement**: An unsupported claim.
                - **Proof**: none
                """,
                "logic/experiments.md": """
                # Experiments

                ## E01: Main run
                - **Setup**: one GPU
                - **Evidence**: [curve](../evidence/figures/accuracy_curve.md), `evidence/logs/missing.md`, \
                evidence/tables/table1_main.md

                ## E02: Ablation without an Evidence field
                - **Setup**: one GPU

                ## E03: Evidence names only a missing file
                - **Evidence**: evidence/logs/gone.md
                """,
                "evidence/README.md": """
                # Evidence Index

                | File | Claims |
                |---|---|
                | [main](tables/table1_main.md) | C1, C03 |
                | [ablation](tables/table2_ablation.md) | C02 |
                | [lost](tables/lost.md) | C01 |

                - [curve](figures/accuracy_curve.md): backs C01
                - [other](results/direct.md): backs nothing
                """,
                "evidence/results/direct.md": "# Direct result\n\nLoss 2.31.\n",
                "evidence/tables/table1_main.md": "# Main results\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
                "evidence/tables/table2_ablation.md": "# Ablation\n\n| a | b |\n|---|---|\n| 3 | 4 |\n",
                "evidence/tables/derived_table2_ratio.md": "# Table 2 ratios\n\n**Source**: Table 2\n",
                "evidence/tables/ratios.md":
                    "# Table 2 (recomputed)\n\n**Derived from**: table2_ablation.md\n",
                "evidence/figures/accuracy_curve.md": "# Figure 4: Accuracy by step\n\n**Source**: §4\n",
                "evidence/results/summary.md": "# Summary\n\n**Source**: Table 5, §3\n",
                "evidence/results/plain.md": "# Notes\n\n**Source**: the run log\n",
            ], in: self)
        let result = try TestSupport.read(root)
        return ReviewContext(result: result, fileSystem: try BundleFileSystem(root: root))
    }

    private func claim(_ id: String, in context: ReviewContext) throws -> Claim {
        try XCTUnwrap(context.claim(id), "fixture has no \(id)")
    }

    func testWalkFollowsEveryRouteInOrderWithoutRepeats() throws {
        let context = try fixture()
        let chain = EvidenceChain.walk(
            try claim("C01", in: context), text: "Table 2 and Fig. 4 show it; Table 9 is not extracted.",
            context: context, objects: context.evidenceObjects)
        XCTAssertEqual(
            chain.steps,
            [
                "Proof names evidence/results/direct.md",
                "E01 Evidence → evidence/figures/accuracy_curve.md, evidence/tables/table1_main.md",
                "E02 has no Evidence field",
                "E03 Evidence → no evidence file",
                "E09 does not exist",
                "table 2 → evidence/tables/table2_ablation.md",
                "figure 4 → evidence/figures/accuracy_curve.md",
                "table 9 → no evidence file",
                "evidence/README.md lists evidence/tables/table1_main.md, evidence/figures/accuracy_curve.md",
            ])
        // table1_main and accuracy_curve are reached twice or three times; listed once.
        XCTAssertEqual(
            chain.files,
            [
                "evidence/results/direct.md", "evidence/figures/accuracy_curve.md",
                "evidence/tables/table1_main.md", "evidence/tables/table2_ablation.md",
            ])
    }

    func testClaimWithoutRoutesReachesNothing() throws {
        let context = try fixture()
        let chain = EvidenceChain.walk(
            try claim("C04", in: context), text: "no numbered objects here", context: context,
            objects: context.evidenceObjects)
        XCTAssertEqual(chain.steps, [])
        XCTAssertEqual(chain.files, [])
    }

    func testAddKeepsFirstOrderAndDropsRepeats() {
        var chain = EvidenceChain()
        for path in ["b.md", "a.md", "b.md", "c.md", "a.md"] { chain.add(path) }
        XCTAssertEqual(chain.files, ["b.md", "a.md", "c.md"])
    }

    func testPathsKeepOnlyExistingEvidenceFilesOnce() throws {
        let context = try fixture()
        let field = MarkdownField(
            name: "Evidence",
            value:
                "evidence/tables/table1_main.md and `evidence/tables/table1_main.md`, logic/claims.md, evidence/none.md",
            origin: Origin(SourceLocation(path: "logic/experiments.md", line: 3, column: 1)))
        // logic/claims.md exists but is not evidence; evidence/none.md does not exist.
        XCTAssertEqual(EvidenceChain.paths(in: field, context: context), ["evidence/tables/table1_main.md"])
    }

    func testObjectMentionsReadEveryAbbreviation() {
        XCTAssertEqual(
            EvidenceChain.objectMentions(in: "Table 2, Fig. 4 and Figs. 5–6; see tab. 3 (Figure 10) and fig 7."),
            ["table 2", "figure 4", "figure 5", "figure 6", "table 3", "figure 10", "figure 7"])
        XCTAssertEqual(EvidenceChain.objectMentions(in: "Tables 3: and FIGURES 8"), ["table 3", "figure 8"])
        // Zero padding and trailing punctuation do not make a second object.
        XCTAssertEqual(EvidenceChain.objectMentions(in: "Table 2. Later table 02: again"), ["table 2"])
    }

    /// A plural names every number of its list or range; a singular only its own.
    func testObjectMentionsReadListsAndRangesAfterAPlural() {
        XCTAssertEqual(EvidenceChain.objectMentions(in: "Tables 1 and 2"), ["table 1", "table 2"])
        XCTAssertEqual(EvidenceChain.objectMentions(in: "Tables 1, 2 & 4 show"), ["table 1", "table 2", "table 4"])
        XCTAssertEqual(EvidenceChain.objectMentions(in: "Figs. 3–5"), ["figure 3", "figure 4", "figure 5"])
        XCTAssertEqual(EvidenceChain.objectMentions(in: "Fig.4 and tab.2"), ["figure 4", "table 2"])
        XCTAssertEqual(EvidenceChain.objectMentions(in: "Table 1 and 2 layers"), ["table 1"])
        XCTAssertEqual(EvidenceChain.objectMentions(in: "Tables 1 and the rest"), ["table 1"])
        XCTAssertEqual(EvidenceChain.objectMentions(in: "Figures 1-400"), ["figure 1"])
    }

    func testObjectMentionsNeedTheWordAndANumber() {
        XCTAssertEqual(EvidenceChain.objectMentions(in: "a stable 3 run, a figurehead 2, Table II, Figure"), [])
        XCTAssertEqual(EvidenceChain.objectMentions(in: "see the table: 4 rows"), [])
    }

    func testObjectIndexReadsNameHeadingAndSourceButSkipsDerivedTables() throws {
        let context = try fixture()
        let index = EvidenceChain.objectIndex(context.bundle)
        XCTAssertEqual(
            index,
            [
                "table 1": ["evidence/tables/table1_main.md"],
                // derived_table2_ratio.md (by name) and ratios.md (by Derived from) are copies, not Table 2.
                "table 2": ["evidence/tables/table2_ablation.md"],
                "figure 4": ["evidence/figures/accuracy_curve.md"],
                "table 5": ["evidence/results/summary.md"],
            ])
    }

    func testIndexRowsMapClaimKeysToExistingLinkedFiles() throws {
        let context = try fixture()
        let rows = EvidenceChain.indexRows(context)
        XCTAssertEqual(
            rows[BlockID.key(of: "C01")],
            ["evidence/tables/table1_main.md", "evidence/figures/accuracy_curve.md"])
        XCTAssertEqual(rows[BlockID.key(of: "C02")], ["evidence/tables/table2_ablation.md"])
        XCTAssertEqual(rows[BlockID.key(of: "C3")], ["evidence/tables/table1_main.md"])
        XCTAssertEqual(rows.count, 3, "a line naming no claim adds nothing: \(rows)")
    }

    func testIndexRowsAreEmptyWithoutAnIndexFile() throws {
        let root = try TestSupport.bundle(["evidence/tables/table1.md": "# Table 1\n"], in: self)
        let context = ReviewContext(result: try TestSupport.read(root), fileSystem: try BundleFileSystem(root: root))
        XCTAssertEqual(EvidenceChain.indexRows(context), [:])
    }
}
