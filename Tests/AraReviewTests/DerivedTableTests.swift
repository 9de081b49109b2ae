import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraReview

/// Which evidence files are derived tables, what object each holds, and
/// which files a derived table copies from.
final class DerivedTableTests: XCTestCase {
    /// Evidence files by path, with the context their references resolve in.
    private func read(_ files: [String: String]) throws -> (files: [String: EvidenceFile], context: ReviewContext) {
        let root = try TestSupport.bundle(files, in: self)
        let result = try TestSupport.read(root)
        let context = ReviewContext(result: result, fileSystem: try BundleFileSystem(root: root))
        let byPath = Dictionary(uniqueKeysWithValues: result.bundle.evidenceFiles.map { ($0.path, $0) })
        return (byPath, context)
    }

    private func file(_ path: String, _ text: String) throws -> EvidenceFile {
        try XCTUnwrap(try read([path: text]).files[path], "\(path) was not read as an evidence file")
    }

    func testDerivedNamesAreJudgedByTheFileNameAlone() {
        XCTAssertTrue(DerivedTable.isDerivedName("evidence/tables/derived_table1_speedup.md"))
        XCTAssertTrue(DerivedTable.isDerivedName("evidence/tables/subset_table2.md"))
        XCTAssertTrue(DerivedTable.isDerivedName("derived_x.md"))
        XCTAssertFalse(DerivedTable.isDerivedName("evidence/derived_tables/table1.md"))
        XCTAssertFalse(DerivedTable.isDerivedName("evidence/tables/table1_derived.md"))
    }

    func testDerivedByNameOrByMetadata() throws {
        XCTAssertTrue(DerivedTable.isDerived(try file("evidence/tables/subset_t.md", "# Table 1\n")))
        XCTAssertTrue(
            DerivedTable.isDerived(try file("evidence/tables/ratios.md", "# Ratios\n\n**Derived from**: Table 1\n")))
        XCTAssertTrue(
            DerivedTable.isDerived(
                try file("evidence/tables/ratios.md", "# Ratios\n\n**Extraction type**: Derived_Subset\n")))
        XCTAssertFalse(
            DerivedTable.isDerived(
                try file("evidence/tables/table1.md", "# Table 1\n\n**Extraction type**: raw_table\n")))
        XCTAssertFalse(DerivedTable.isDerived(try file("evidence/tables/table1.md", "# Table 1\n")))
    }

    func testObjectNameComesFromNameThenHeadingThenSource() throws {
        // The file name wins over a heading that names another object.
        XCTAssertEqual(
            DerivedTable.objectName(of: try file("evidence/tables/table6_x.md", "# Table 7: Other\n")), "table 6")
        XCTAssertEqual(DerivedTable.objectName(of: try file("evidence/figures/fig3_loss.md", "# Loss\n")), "figure 3")
        XCTAssertEqual(
            DerivedTable.objectName(of: try file("evidence/figures/figure12.md", "# Loss\n")), "figure 12")
        // The heading wins over Source.
        XCTAssertEqual(
            DerivedTable.objectName(
                of: try file("evidence/tables/main.md", "# Table 3: Results\n\n**Source**: Figure 2, §4\n")),
            "table 3")
        XCTAssertEqual(
            DerivedTable.objectName(of: try file("evidence/figures/curve.md", "# Curve\n\n**Source**: Fig. 2, §4\n")),
            "figure 2")
        XCTAssertNil(
            DerivedTable.objectName(of: try file("evidence/results/r.md", "# Results\n\n**Source**: the run log\n")))
        XCTAssertNil(DerivedTable.objectName(of: try file("evidence/tables/tables.md", "# Results\n")))
    }

    func testSourceObjectReadsOnlyTheSourceField() throws {
        XCTAssertEqual(
            DerivedTable.sourceObject(
                of: try file("evidence/tables/table1_x.md", "# Table 1: X\n\n**Source**: Tab. 3, §4.1\n")), "table 3")
        XCTAssertNil(DerivedTable.sourceObject(of: try file("evidence/tables/table1_x.md", "# Table 1: X\n")))
        XCTAssertNil(
            DerivedTable.sourceObject(of: try file("evidence/tables/table1_x.md", "# Table 1\n\n**Source**: §4.1\n")))
    }

    func testComputedColumnsAreNamedByTheirOperation() {
        for header in [
            "Δ acc", "Delta", "diff (pp)", "Gap", "merge ÷ insertion", "Speedup", "A vs B", "Ratio", "Change",
            "Improvement", "Gain", "Reduction", "a × b",
        ] {
            XCTAssertTrue(DerivedTable.isComputedColumn(header), header)
        }
        // Computing words inside other words are not computing: a copied
        // `Iterations` column was once recomputed as a ratio (EV009).
        for header in [
            "n", "Accuracy", "insertion (µs)", "versions", "Loss", "", "Iterations", "Duration", "Configuration",
            "Difficulty", "Exchange rate", "Trained again",
        ] {
            XCTAssertFalse(DerivedTable.isComputedColumn(header), header)
        }
    }

    private static let sourceTables = [
        "evidence/tables/table1_main.md": "# Table 1: Main\n\n| a |\n|---|\n| 1 |\n",
        "evidence/tables/table2_ablation.md": "# Table 2: Ablation\n\n| a |\n|---|\n| 2 |\n",
        "evidence/logs/run.md": "# Run log\n",
    ]

    /// The sources a derived table's `Derived from` field resolves to.
    private func sources(_ derivedFrom: String?) throws -> [String]? {
        let path = "evidence/tables/derived_x.md"
        let text = "# Derived\n" + (derivedFrom.map { "\n**Derived from**: \($0)\n" } ?? "")
        let (files, context) = try read(Self.sourceTables.merging([path: text]) { $1 })
        let file = try XCTUnwrap(files[path])
        return DerivedTable.sources(of: file, context: context, objects: EvidenceChain.objectIndex(context.bundle))
    }

    func testSourcesAreNilWithoutDerivedFrom() throws {
        XCTAssertNil(try sources(nil))
    }

    func testSourcesResolveBareNamesLinksAndCodeSpans() throws {
        // A bare name is read beside the derived table.
        XCTAssertEqual(try sources("table1_main.md"), ["evidence/tables/table1_main.md"])
        XCTAssertEqual(try sources("[log](../logs/run.md)"), ["evidence/logs/run.md"])
        XCTAssertEqual(try sources("`evidence/tables/table2_ablation.md`"), ["evidence/tables/table2_ablation.md"])
        XCTAssertEqual(
            try sources("table1_main.md and table2_ablation.md."),
            ["evidence/tables/table1_main.md", "evidence/tables/table2_ablation.md"])
        // A link and the same name bare count once.
        XCTAssertEqual(
            try sources("[t1](table1_main.md), table1_main.md"), ["evidence/tables/table1_main.md"])
    }

    func testSourcesFallBackToNamedObjectsOnlyWithoutPaths() throws {
        XCTAssertEqual(try sources("Table 2, columns 1-3"), ["evidence/tables/table2_ablation.md"])
        // A path found: the object named beside it is not added.
        XCTAssertEqual(try sources("table1_main.md (Table 2 layout)"), ["evidence/tables/table1_main.md"])
        // Named but absent: an empty list, not nil (DR rules tell the two apart).
        XCTAssertEqual(try sources("Table 8"), [])
        XCTAssertEqual(try sources("missing.md"), [])
    }
}
