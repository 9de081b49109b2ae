import AraPDF
import AraTestSupport
import Foundation
import XCTest

@testable import AraCompile

/// The small pieces of compile, one rule each.
final class CompileUnitTests: XCTestCase {
    func word(_ text: String, x: Double, y: Double, width: Double = 20, size: Double = 9) -> PDFWord {
        PDFWord(text: text, box: PDFRect(x0: x, y0: y, x1: x + width, y1: y + size), fontName: "Times", fontSize: size)
    }

    func testThreeColumnsFromCoverageGaps() throws {
        var words: [PDFWord] = []
        for (row, y) in [100.0, 112, 124, 136].enumerated() {
            words.append(word("name\(row)", x: 50, y: y, width: 40))
            words.append(word("1\(row).5", x: 120, y: y))
            words.append(word("2\(row).5", x: 180, y: y))
        }
        let grid = try TableGrid.recover(words: words, rules: [])
        XCTAssertEqual(grid.rows.first, ["name0", "10.5", "20.5"])
        XCTAssertEqual(grid.rows.count, 4)
        XCTAssertFalse(grid.ruled)
    }

    func testTooManyWordsIsPendingNotSlow() {
        let words = (0...TableGrid.maximumWords).map { word("w", x: Double($0 % 50) * 30, y: Double($0 / 50) * 12) }
        XCTAssertThrowsError(try TableGrid.recover(words: words, rules: [])) { error in
            XCTAssertTrue((error as? TableGrid.Failure)?.reason.contains("more than a table grid") == true)
        }
    }

    func testDominantSizeBreaksTiesTheSameWayEveryRun() {
        var sizes = TypeSizeCount()
        sizes.add(11)
        sizes.add(10)
        XCTAssertEqual(sizes.dominant, 10)
        sizes.add(11)
        XCTAssertEqual(sizes.dominant, 11)
        XCTAssertNil(TypeSizeCount().dominant)
    }

    func testReferenceParts() {
        let hyphenated = Reference.parse(
            "[4] J.-Y. Zhu, T. Park, and A. A. Efros. Unpaired image-to-image translation. In ICCV, 2017.")
        XCTAssertEqual(hyphenated.authors, "J.-Y. Zhu, T. Park, and A. A. Efros")
        XCTAssertEqual(hyphenated.title, "Unpaired image-to-image translation")
        XCTAssertEqual(hyphenated.year, "2017")
        XCTAssertEqual(hyphenated.shortName, "Zhu et al., 2017")
        let etAl = Reference.parse("[3] W. L. Briggs, S. F. McCormick, et al. A Multigrid Tutorial. Siam, 2000.")
        XCTAssertEqual(etAl.title, "A Multigrid Tutorial")
        let ids = Reference.parse("[5] A. Author. Title. arXiv:1502.03167, 2015. doi:10.1145/3292500.3330701.")
        XCTAssertEqual(ids.arxiv, "arXiv:1502.03167")
        XCTAssertEqual(ids.doi, "10.1145/3292500.3330701")
        // Hanging indents split an entry into paragraphs; they are joined as prose.
        let entries = Reference.entries(in: ["[1] Y. Bengio. Learning long-term dependen-", "cies. IEEE, 1994."])
        XCTAssertEqual(entries.map(\.text), ["[1] Y. Bengio. Learning long-term dependencies. IEEE, 1994."])
    }

    func testDigestMatchesTheStandardAndStreams() throws {
        XCTAssertEqual(
            SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // A file larger than one read chunk gives the same digest as the whole bytes.
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 * 31) }
        let file = try TestSupport.temporaryDirectory(self).appendingPathComponent("data.bin")
        try Data(bytes).write(to: file)
        XCTAssertEqual(SHA256.hex(ofFileAt: file), SHA256.hex(bytes))
    }

    func testHyphensAtLineEnds() {
        XCTAssertEqual(Prose.join(["we learn-", "ing residual functions"]), "we learning residual functions")
        XCTAssertEqual(Prose.join(["the state-of-the-", "art results"]), "the state-of-the-art results")
        XCTAssertEqual(Prose.join(["low/mid/high-", "level features"]), "low/mid/high-level features")
        // A word the document prints with a hyphen elsewhere keeps it.
        let lines = [TextLine(page: 1, words: [word("multi-layer", x: 50, y: 50, width: 40)])]
        XCTAssertEqual(
            Prose.join(["an end-to-end multi-", "layer fashion"], compounds: Prose.compounds(in: lines)),
            "an end-to-end multi-layer fashion")
        XCTAssertEqual(Prose.join(["an end-to-end multi-", "layer fashion"]), "an end-to-end multilayer fashion")
        XCTAssertEqual(Prose.join(["Table 2 (see", "Fig. 4)"]), "Table 2 (see Fig. 4)")
    }

    func testConfigFileNamesBecomeLinkSafeSlugs() {
        XCTAssertEqual(ConfigDocuments.slug("configs/My (old) config.yaml"), "configs_my__old__config_yaml")
        XCTAssertEqual(ConfigDocuments.slug("configs/train-v2.yaml"), "configs_train-v2_yaml")
    }

    func testNumberedReferencesHeadingFillsRelatedWork() {
        let section = PaperSection(
            heading: "7 References", number: "7", level: 1,
            paragraphs: [(2, "[1] A. Author. Title one. In Venue, 2019.")])
        XCTAssertEqual(section.title(), "References")
    }
}
