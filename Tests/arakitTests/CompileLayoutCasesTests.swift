import AraTestSupport
import Foundation
import XCTest

/// One test per layout case that compiled wrong before (issue 13), on the
/// papers of `corpus/latex` (built with TeX Live, committed; no TeX needed
/// here) and, when `../shared` is there, the real papers of pdf-dev.
final class CompileLayoutCasesTests: XCTestCase {
    static let latex = TestSupport.repositoryRoot.appendingPathComponent("corpus/latex")
    static let dev = TestSupport.repositoryRoot.deletingLastPathComponent().appendingPathComponent(
        "shared/corpus/pdf-dev")

    /// Compiles `pdf` into a temporary bundle and returns its folder.
    private func compile(_ pdf: URL) throws -> URL {
        let folder = try TestSupport.temporaryDirectory(self)
        let out = folder.appendingPathComponent("bundle")
        let result = try CLI.run(["compile", "--pdf", pdf.path, "--out", out.path, "--quiet"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        return out
    }

    /// The text of the one file under `folder` whose name starts with `prefix`.
    private func file(_ bundle: URL, _ folder: String, _ prefix: String) throws -> String {
        let directory = bundle.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".md") }
        XCTAssertEqual(names.count, 1, "\(folder)/\(prefix)*.md: \(names)")
        guard let name = names.first else { return "" }
        return try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// A caption below its table, with the next table right under it (ACL):
    /// each table file holds its own grid, never its neighbour's.
    func testBelowTableCaptionOverTheNextTable() throws {
        let pdf = Self.dev.appendingPathComponent("lo2020-s2orc.pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            throw XCTSkip("\(pdf.path) is absent (../shared/corpus/pdf-dev)")
        }
        let bundle = try compile(pdf)
        let table3 = try file(bundle, "evidence/tables", "table3_")
        let table4 = try file(bundle, "evidence/tables", "table4_")
        XCTAssertTrue(table3.contains("| Papers w/ PDF | 28.9M (35.6%) |"), table3)
        XCTAssertFalse(table3.contains("Paragraphs (body)"), table3)
        XCTAssertTrue(table4.contains("| Paragraphs (body) | 9.9 | 93.3* |"), table4)
        XCTAssertFalse(table4.contains("Papers w/ PDF"), table4)
    }

    /// `table*` across both columns, one above another with captions above
    /// them (elsarticle): each keeps its own rows, and a figure's tick labels
    /// below do not pull a table's caption to the wrong side.
    func testFullWidthTablesStacked() throws {
        let bundle = try compile(Self.latex.appendingPathComponent("elsarticle-s1.pdf"))
        let table2 = try file(bundle, "evidence/tables", "table2_")
        let table3 = try file(bundle, "evidence/tables", "table3_")
        XCTAssertTrue(table2.contains("| Transformer | 56.6 | 76.9 | 55.0 | 86.3 |"), table2)
        XCTAssertTrue(table3.contains("| w/o memory | 66.8 | +0.2 | 75.1 | −0.8 |"), table3)
        XCTAssertFalse(table3.contains("Transformer"), table3)
        XCTAssertFalse(table2.contains("w/o memory"), table2)
    }

    /// A figure drawn under a table whose caption is above it (elsarticle
    /// page 4): the figure's text holds none of the table's cells.
    func testFigureUnderATableKeepsOutTheTablesCells() throws {
        let bundle = try compile(Self.latex.appendingPathComponent("elsarticle-s1.pdf"))
        let figure = try file(bundle, "evidence/figures", "figure3_")
        XCTAssertTrue(figure.contains("Attention weights of the final layer"), figure)
        XCTAssertFalse(figure.contains("`133.7`"), figure)
        XCTAssertFalse(figure.contains("`interpolates`"), figure)
        let table = try file(bundle, "evidence/tables", "table4_")
        XCTAssertTrue(table.contains("133.7"), table)
    }

    /// A table in one column beside a figure in the other (IEEE, `TABLE I`
    /// over a centred small-capital caption): the table's grid and its whole
    /// caption; the figure's whole caption and none of the table's text.
    func testTableBesideFigureInTheOtherColumn() throws {
        let bundle = try compile(Self.latex.appendingPathComponent("ieeeconf-s1.pdf"))
        let table = try file(bundle, "evidence/tables", "table1_")
        XCTAssertTrue(table.contains("| Marlin | 165,886 | 17,152 | 10,562 | 11 |"), table)
        XCTAssertTrue(table.contains("EXAMPLES PER SPLIT )."), table)
        let figure = try file(bundle, "evidence/figures", "figure1_")
        XCTAssertTrue(figure.contains("whose output passes through the memory to the reranker."), figure)
        XCTAssertFalse(figure.contains("Marlin"), figure)
        XCTAssertFalse(figure.contains("165,886"), figure)
    }

    /// Authors with affiliation marks: superscript letters and a star set
    /// small and raised (elsarticle `Kowalskiᵃ,∗`), card suits (ACL `♠`),
    /// superscript digits on two rows of names. The affiliations go to their
    /// own list, never to the authors, never to a section heading.
    func testMarkedAffiliations() throws {
        let elsarticle = try String(
            contentsOf: compile(Self.latex.appendingPathComponent("elsarticle-s1.pdf")).appendingPathComponent(
                "PAPER.md"), encoding: .utf8)
        XCTAssertTrue(
            elsarticle.contains(
                """
                authors:
                - "Yuki Kowalski"
                - "Bjorn Achebe"
                affiliations:
                - "a Department of Computer Science, Westfall College, Kyoto, Japan"
                - "b Department of Computer Science, Ardent AI Research, Toronto, Canada"
                - "c Center for Data Science, Universite de Valmont, Valmont, France"
                year:
                """), elsarticle)
        let aclBundle = try compile(Self.latex.appendingPathComponent("acl-s2.pdf"))
        let acl = try String(contentsOf: aclBundle.appendingPathComponent("PAPER.md"), encoding: .utf8)
        XCTAssertTrue(
            acl.contains(
                """
                authors:
                - "Nadia Varga"
                - "Beatriz Holloway"
                - "Kenji Iyer"
                - "Leila Novak"
                - "Chiara R. Weber"
                affiliations:
                - "1 Technical University of Brenham, Brenham, Germany"
                - "2 Halden University, Halden, Norway"
                """), acl)
        let sections = try FileManager.default.contentsOfDirectory(
            atPath: aclBundle.appendingPathComponent("evidence/paper").path)
        XCTAssertFalse(sections.contains { $0.contains("university") }, "\(sections)")
    }

    /// Page 1 of a two-column paper: a full-width title block, then the
    /// abstract in the left column beside the introduction's neighbour in the
    /// right. The abstract is the left column's text only, not interleaved.
    func testFirstPageAbstractBesideTheOtherColumn() throws {
        let paper = try String(
            contentsOf: compile(Self.latex.appendingPathComponent("acl-s1.pdf")).appendingPathComponent("PAPER.md"),
            encoding: .utf8)
        XCTAssertTrue(
            paper.contains(
                "abstract: \"In our experiments, the gradient token preserves the heuristic vocabulary by 7.0 points "
                    + "over MiniNews. A encoder of continuous horizons"), paper)
        XCTAssertTrue(paper.contains("We combine consistent architectures over fixed checkpoints.\"\n"), paper)
        XCTAssertFalse(paper.contains("ting distribution"), paper)
    }

    /// A `sidewaystable` on a portrait page (its text set up the page): read
    /// turned, with its caption, grid and one-letter headers.
    func testSidewaysTable() throws {
        let bundle = try compile(Self.latex.appendingPathComponent("neurips-s2.pdf"))
        let table = try file(bundle, "evidence/tables", "table4_")
        XCTAssertTrue(
            table.contains("Table 4: Precision, recall and F1 of every system on the 4 evaluation corpora."), table)
        XCTAssertTrue(table.contains("| Method | F1 | P | F1 | P | F1 | P | F1 | P |"), table)
        XCTAssertTrue(table.contains("| Linear probe | 34.7 | 68.0 | 68.6 | 21.2 |"), table)
    }

    /// Labels in other printed forms: `TABLE IV.` and `FIG. 1.` (REVTeX);
    /// `Table S1` is never Table 1.
    func testRomanAndCapitalLabels() throws {
        let bundle = try compile(Self.latex.appendingPathComponent("revtex-s1.pdf"))
        let tables = try FileManager.default.contentsOfDirectory(
            atPath: bundle.appendingPathComponent("evidence/tables").path
        ).filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertEqual(tables.map { String($0.prefix(7)) }, ["table1_", "table2_", "table3_", "table4_", "table5_"])
        let figures = try FileManager.default.contentsOfDirectory(
            atPath: bundle.appendingPathComponent("evidence/figures").path
        ).filter { $0.hasSuffix(".md") }
        XCTAssertEqual(figures.count, 4, "\(figures)")
        let table4 = try file(bundle, "evidence/tables", "table4_")
        XCTAssertTrue(table4.contains("Precision, recall and F1 of every system on the 3 evaluation corpora."), table4)

        // `TABLE S1.` at the end of revtex-s2 is listed apart, and Table 1 keeps its own caption.
        let supplement = try compile(Self.latex.appendingPathComponent("revtex-s2.pdf"))
        let readme = try String(
            contentsOf: supplement.appendingPathComponent("evidence/README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains("- Table S1 (page 7): supplementary; not extracted"), readme)
        let table1 = try file(supplement, "evidence/tables", "table1_")
        XCTAssertFalse(table1.contains("S1"), table1)
    }
}
