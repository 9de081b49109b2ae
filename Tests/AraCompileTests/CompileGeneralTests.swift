import AraPDF
import Foundation
import XCTest

@testable import AraCompile

/// Unit tests of the rules issue 13 added: caption labels in every printed
/// form, names and their marks, and staged dead ends.
final class CompileGeneralTests: XCTestCase {
    func testCaptionLabelsInEveryPrintedForm() {
        let cases: [(String, Caption.Kind, Int, Bool)] = [
            ("Table 1: Results", .table, 1, false), ("Table 2. Results", .table, 2, false),
            ("TABLE IV", .table, 4, false), ("TABLE III. Ablation", .table, 3, false),
            ("Fig. 3. Overview", .figure, 3, false), ("Fig 1. Overview", .figure, 1, false),
            ("FIG. 12. Overview", .figure, 12, false), ("Figure 7: Curves", .figure, 7, false),
            ("Table S1: Seeds", .table, 1, true), ("Figure S2. More", .figure, 2, true),
        ]
        for (text, kind, number, supplementary) in cases {
            let label = Caption.parseLabel(text)
            XCTAssertEqual(label?.kind, kind, text)
            XCTAssertEqual(label?.number, number, text)
            XCTAssertEqual(label?.supplementary, supplementary, text)
        }
        // Prose, and supplementary labels, are never Table N.
        for text in ["Table 2 shows the results", "Table I reports", "Tables 3 and 4", "Fight club", "Table 2a: x"] {
            XCTAssertNil(Caption.label(in: text), text)
        }
        XCTAssertNil(Caption.label(in: "Table S1: Seeds"))
        XCTAssertEqual(Caption.label(in: "TABLE II")?.number, 2)
        XCTAssertNil(Caption.romanValue("IIII"))
        XCTAssertEqual(Caption.romanValue("XIV"), 14)
    }

    func testNamesSplitAtMarks() {
        XCTAssertEqual(
            TitleBlock.splitNames("Kyle Lo†∗ Lucy Lu Wang†∗ Mark Neumann† Daniel S. Weld†‡"),
            ["Kyle Lo", "Lucy Lu Wang", "Mark Neumann", "Daniel S. Weld"])
        XCTAssertEqual(
            TitleBlock.splitNames("Julia Mendoza,¹ Jonas Varga,² and Wanda A. Zielinski³, ∗"),
            ["Julia Mendoza", "Jonas Varga", "Wanda A. Zielinski"])
        XCTAssertEqual(
            TitleBlock.splitNames("Rafael D. Sandoval♠ Gabriel Ferreira♠ Nikolai Tanaka♠ *"),
            ["Rafael D. Sandoval", "Gabriel Ferreira", "Nikolai Tanaka"])
        XCTAssertTrue(TitleBlock.isInstitution("1 School of Informatics, Ardent AI Research, Toronto, Canada"))
        XCTAssertTrue(TitleBlock.isInstitution("♠ Westfall College, Kyoto, Japan"))
        XCTAssertTrue(TitleBlock.isInstitution("a Department of Computer Science, Westfall College"))
        XCTAssertFalse(TitleBlock.isInstitution("Leila Novak² * Chiara R. Weber¹"))
    }

    func testVenueLineAndPrintedYear() {
        XCTAssertEqual(TitleBlock.printedYear("© 2014 Agyeman-Duah et al.; licensee"), "2014")
        XCTAssertEqual(TitleBlock.printedYear("Submitted: 09 January 2025 Published: 28 March 2026"), "2026")
        XCTAssertNil(TitleBlock.printedYear("We trained for 2000 steps."))
    }

    func testStatedFailuresAreDeadEndCandidates() {
        let paragraph =
            "We also tried a deeper encoder. It did not improve BLEU. The final model reaches 41.2 BLEU."
        XCTAssertEqual(
            ClaimCandidates.failures(in: paragraph), ["We also tried a deeper encoder.", "It did not improve BLEU."])
        let yaml = Staging.observations(
            [("The final model reaches 41.2 BLEU.", "evidence/paper/01_abstract.md:3")],
            deadEnds: [("It did not improve BLEU.", "evidence/paper/05_results.md:9, page 6")], timestamp: "t")
        XCTAssertTrue(yaml.contains("  potential_type: claim\n"), yaml)
        XCTAssertTrue(
            yaml.contains(
                """
                - id: O02
                  timestamp: "t"
                  provenance: extracted
                  content: "It did not improve BLEU."
                  context: "evidence/paper/05_results.md:9, page 6"
                  potential_type: dead_end
                  promoted: false
                """), yaml)
    }
}
