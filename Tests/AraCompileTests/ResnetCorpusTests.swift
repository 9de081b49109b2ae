import AraCompile
import AraCore
import AraTestSupport
import Foundation
import XCTest

/// The ResNet paper (../shared/corpus/pdf/resnet-paper.pdf) compiled through the
/// library API: front matter, every numbered table and figure, and exact cells
/// checked against `pdftotext -layout`. Skips when the corpus is absent.
final class ResnetCorpusTests: XCTestCase {
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// `../shared/corpus/pdf/resnet-paper.pdf`, next to the corpus bundles.
    func resnetPDF() throws -> URL {
        let corpus = try TestSupport.requireCorpus()
        let pdf = corpus.deletingLastPathComponent().appendingPathComponent("pdf/resnet-paper.pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            throw XCTSkip("\(pdf.path) not found; ResNet corpus test skipped")
        }
        return pdf
    }

    /// The rows of the GFM table in a Markdown file, header first, the
    /// delimiter row left out.
    func tableRows(_ text: String) -> [[String]] {
        text.split(separator: "\n").filter { $0.hasPrefix("|") && $0.hasSuffix("|") }.filter {
            $0.wholeMatch(of: #/\|(\s*:?-+:?\s*\|)+/#) == nil
        }.map { line in
            line.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }
    }

    /// `N` → the bundle path of `evidence/<folder>/<prefix>N_*.<ext>`.
    func numbered(_ paths: [String], folder: String, prefix: String, ext: String) -> [Int: String] {
        var result: [Int: String] = [:]
        for path in paths {
            guard let match = path.wholeMatch(of: #/evidence/([a-z]+)/([a-z]+)(\d+)_[^/]+\.([a-z]+)/#),
                match.output.1 == folder, match.output.2 == prefix, match.output.4 == ext,
                let number = Int(match.output.3)
            else { continue }
            XCTAssertNil(result[number], "two files for \(prefix) \(number): \(path)")
            result[number] = path
        }
        return result
    }

    func testResnetPaper() throws {
        let pdf = try resnetPDF()
        let out = try TestSupport.temporaryDirectory(self).appendingPathComponent("resnet-ara")
        let report = try Compiler.compile(CompileOptions(pdf: pdf, output: out, now: 1_763_769_600)) { _ in }

        // Front matter.
        XCTAssertEqual(report.pages, 12)
        XCTAssertEqual(report.title, "Deep Residual Learning for Image Recognition")
        XCTAssertEqual(report.authors, ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"])
        let read = try TestSupport.read(out)
        XCTAssertEqual(read.diagnostics, [])
        let manifest = try XCTUnwrap(read.bundle.manifest)
        XCTAssertEqual(manifest.title, "Deep Residual Learning for Image Recognition")
        XCTAssertEqual(manifest.authors, ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"])
        XCTAssertEqual(manifest.year, "2015")
        XCTAssertEqual(manifest.frontMatter?["arxiv"]?.scalarText, "arXiv:1512.03385")
        XCTAssertEqual(read.bundle.observations.count, report.candidateClaims)

        // Every numbered table (Tables 1-8 in the body, 9-14 in the appendix) and
        // figure (1-7), each with its crop.
        let paths = TestSupport.files(under: out)
        let tables = numbered(paths, folder: "tables", prefix: "table", ext: "md")
        let tableCrops = numbered(paths, folder: "tables", prefix: "table", ext: "png")
        let figures = numbered(paths, folder: "figures", prefix: "figure", ext: "md")
        let figureCrops = numbered(paths, folder: "figures", prefix: "figure", ext: "png")
        XCTAssertEqual(report.tables, 14)
        XCTAssertEqual(report.tablesWithCells, 14)
        XCTAssertEqual(tables.keys.sorted(), Array(1...14))
        XCTAssertEqual(tableCrops.keys.sorted(), Array(1...14))
        XCTAssertEqual(report.figures, 7)
        XCTAssertEqual(figures.keys.sorted(), Array(1...7))
        XCTAssertEqual(figureCrops.keys.sorted(), Array(1...7))
        for path in tableCrops.values.sorted() + figureCrops.values.sorted() {
            let bytes = try Data(contentsOf: out.appendingPathComponent(path))
            XCTAssertEqual(Array(bytes.prefix(8)), Self.pngSignature, path)
        }

        // Table 2 (page 5), every cell.
        let table2 = try TestSupport.text(out.appendingPathComponent(try XCTUnwrap(tables[2])))
        XCTAssertEqual(
            tableRows(table2),
            [["", "plain", "ResNet"], ["18 layers", "27.94", "27.88"], ["34 layers", "28.54", "25.03"]], table2)

        // Table 3 (page 6): the header and first rows, as `pdftotext -layout -f 6 -l 6` prints them.
        let table3 = try TestSupport.text(out.appendingPathComponent(try XCTUnwrap(tables[3])))
        let rows3 = tableRows(table3)
        XCTAssertEqual(rows3.count, 11, table3)
        XCTAssertEqual(
            Array(rows3.prefix(6)),
            [
                ["model", "top-1 err.", "top-5 err."],
                ["VGG-16 [41]", "28.07", "9.33"],
                ["GoogLeNet [44]", "-", "9.15"],
                ["PReLU-net [13]", "24.27", "7.38"],
                ["plain-34", "28.54", "10.02"],
                ["ResNet-34 A", "25.03", "7.76"],
            ], table3)
        XCTAssertEqual(rows3.last, ["ResNet-152", "21.43", "5.71"])

        // The text by section: an introduction, and the abstract's first sentence.
        let sections = paths.filter { $0.hasPrefix("evidence/paper/") }
        XCTAssertTrue(sections.contains { $0.contains("introduction") }, "\(sections)")
        let abstract = try XCTUnwrap(sections.first { $0.contains("abstract") }, "\(sections)")
        XCTAssertTrue(
            try TestSupport.text(out.appendingPathComponent(abstract)).contains(
                "Deeper neural networks are more difficult to train."))
    }
}
