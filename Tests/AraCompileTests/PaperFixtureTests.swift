import AraPDF
import AraTestSupport
import Foundation
import XCTest

@testable import AraCompile

/// The generated test papers (Tests/Fixtures/pdf, made by make_fixtures.py)
/// read back exactly: title, authors, abstract, every table cell, figure crops.
final class PaperFixtureTests: XCTestCase {
    struct Expected: Decodable {
        struct Table: Decodable {
            var number: Int
            var pages: [Int]
            var caption: String
            var rows: [[String]]
        }
        struct Figure: Decodable {
            var number: Int
            var page: Int
            var caption: String
            var kind: String
            var bbox: [Double]
            var words: [String]
        }
        var title: String
        var authors: [String]
        var abstract: String
        var headings: [String]
        var tables: [Table]?
        var figures: [Figure]?
        var references: [String]
    }

    static let fixtures = TestSupport.repositoryRoot.appendingPathComponent("Tests/Fixtures/pdf")

    func read(_ name: String) throws -> (PaperContent, Expected) {
        let url = Self.fixtures.appendingPathComponent("\(name).pdf")
        let expected = try JSONDecoder().decode(
            Expected.self, from: Data(contentsOf: Self.fixtures.appendingPathComponent("\(name).expected.json")))
        let content = try PaperReader(dpi: 72).read(PDFDocument(url: url))
        return (content, expected)
    }

    /// The fixtures write a spanning cell once and leave the columns it covers
    /// empty; AraKit repeats it in each. `spans` names the (row, column) cells
    /// that repeat their left neighbour.
    func expectedRows(_ rows: [[String]], spans: [(Int, Int)] = []) -> [[String]] {
        var rows = rows
        for (row, column) in spans { rows[row][column] = rows[row][column - 1] }
        return rows
    }

    func assertTable(
        _ content: PaperContent, _ table: Expected.Table, spans: [(Int, Int)] = [], file: StaticString = #filePath,
        line: UInt = #line
    ) {
        guard let found = content.tables.first(where: { $0.number == table.number }) else {
            return XCTFail("Table \(table.number) not found", file: file, line: line)
        }
        XCTAssertEqual(found.pages, table.pages, file: file, line: line)
        XCTAssertEqual(found.caption, table.caption, file: file, line: line)
        switch found.grid {
        case .success(let grid):
            XCTAssertEqual(grid.rows, expectedRows(table.rows, spans: spans), file: file, line: line)
        case .failure(let failure): XCTFail("Table \(table.number): \(failure.reason)", file: file, line: line)
        }
        XCTAssertTrue(found.crops.allSatisfy { $0.starts(with: [0x89, 0x50, 0x4E, 0x47]) }, file: file, line: line)
    }

    func assertFigure(
        _ content: PaperContent, _ figure: Expected.Figure, file: StaticString = #filePath, line: UInt = #line
    ) {
        guard let found = content.figures.first(where: { $0.number == figure.number }) else {
            return XCTFail("Figure \(figure.number) not found", file: file, line: line)
        }
        let place = "Figure \(figure.number) crop \(found.box), drawing \(figure.bbox)"
        XCTAssertEqual(found.page, figure.page, file: file, line: line)
        XCTAssertEqual(found.caption, figure.caption, file: file, line: line)
        XCTAssertEqual(found.raster, figure.kind == "raster", file: file, line: line)
        // The crop holds the whole drawing and stays within a few points of it.
        let box = figure.bbox
        XCTAssertLessThanOrEqual(found.box.x0, box[0] + 0.5, file: file, line: line)
        XCTAssertLessThanOrEqual(found.box.y0, box[1] + 0.5, file: file, line: line)
        XCTAssertGreaterThanOrEqual(found.box.x1, box[2] - 0.5, file: file, line: line)
        XCTAssertGreaterThanOrEqual(found.box.y1, box[3] - 0.5, file: file, line: line)
        XCTAssertLessThan(found.box.width, box[2] - box[0] + 12, place, file: file, line: line)
        XCTAssertLessThan(found.box.height, box[3] - box[1] + 12, place, file: file, line: line)
        XCTAssertEqual(
            found.text.sorted(), figure.words.flatMap { $0.split(separator: " ").map(String.init) }.sorted(),
            file: file, line: line)
    }

    func assertFront(_ content: PaperContent, _ expected: Expected, file: StaticString = #filePath, line: UInt = #line)
    {
        let block = TitleBlock.read(
            firstPage: content.firstPage, marginText: content.marginText, metadata: content.metadata,
            bodySize: content.bodySize)
        XCTAssertEqual(block.title, expected.title, file: file, line: line)
        XCTAssertEqual(block.authors, expected.authors, file: file, line: line)
        let sections = PaperText.sections(flow: content.flow, bodySize: content.bodySize, titleBlock: block)
        XCTAssertEqual(
            sections.map(\.heading).filter { $0 != "Front matter" }, expected.headings, file: file, line: line)
        let abstract = sections.first { $0.heading == "Abstract" }?.paragraphs.map(\.text).joined(separator: " ")
        XCTAssertEqual(abstract, expected.abstract, file: file, line: line)
        let references = sections.first { $0.heading == "References" }.map {
            Reference.entries(in: $0.paragraphs.map(\.text))
        }
        XCTAssertEqual(references?.map(\.text) ?? [], expected.references, file: file, line: line)
    }

    func testOneColumnRuledTableAndVectorFigure() throws {
        let (content, expected) = try read("one_column")
        assertFront(content, expected)
        for table in expected.tables ?? [] { assertTable(content, table) }
        for figure in expected.figures ?? [] { assertFigure(content, figure) }
        // Running header and page numbers are not running text.
        XCTAssertFalse(content.flow.contains { $0.text.allSatisfy(\.isNumber) })
    }

    func testTwoColumnUnruledTablesAndRasterFigure() throws {
        let (content, expected) = try read("two_column")
        assertFront(content, expected)
        let tables = expected.tables ?? []
        // "Error (%)" stands centred over top-1 and top-5 with no rule to show
        // the span. A lone header cell away from the table's left edge does
        // not close the gap between the columns under it, so it is read as
        // spanning both, and repeated in each (the fixture's span convention).
        assertTable(content, tables[0], spans: [(0, 2)])
        assertTable(content, tables[1])
        for figure in expected.figures ?? [] { assertFigure(content, figure) }
    }

    func testTableSplitByAPageBreak() throws {
        let (content, expected) = try read("split_table")
        assertFront(content, expected)
        for table in expected.tables ?? [] { assertTable(content, table) }
    }

    func testRotatedPage() throws {
        let (content, expected) = try read("rotated")
        assertFront(content, expected)
        for table in expected.tables ?? [] { assertTable(content, table) }
    }

    /// The committed PDFs are exactly what the committed scripts write, so
    /// anyone can regenerate them and the expected results stay true.
    func testFixturesAreReproducibleFromTheirScripts() throws {
        let directory = try TestSupport.temporaryDirectory(self)
        let root = TestSupport.repositoryRoot
        try python(root.appendingPathComponent("Tests/Fixtures/pdf/make_fixtures.py").path, directory.path)
        for name in ["one_column", "two_column", "split_table", "rotated"] {
            for suffix in [".pdf", ".expected.json"] {
                XCTAssertEqual(
                    try Data(contentsOf: directory.appendingPathComponent(name + suffix)),
                    try Data(contentsOf: Self.fixtures.appendingPathComponent(name + suffix)), name + suffix)
            }
        }
        let paper = directory.appendingPathComponent("paper.pdf")
        try python(root.appendingPathComponent("examples/paper/make_paper.py").path, paper.path)
        XCTAssertEqual(
            try Data(contentsOf: paper), try Data(contentsOf: root.appendingPathComponent("examples/paper/paper.pdf")))
    }

    /// The example paper of `make run`: both tables read exactly.
    func testExamplePaperTables() throws {
        let url = TestSupport.repositoryRoot.appendingPathComponent("examples/paper/paper.pdf")
        let content = try PaperReader(dpi: 72).read(PDFDocument(url: url))
        XCTAssertEqual(content.tables.map(\.number), [1, 2])
        XCTAssertEqual(content.figures.map(\.number), [1, 2])
        let table1 = try content.tables[0].grid.get()
        XCTAssertEqual(table1.rows.first, ["n", "insertion (µs)", "merge (µs)", "hybrid, cutoff 16 (µs)"])
        XCTAssertEqual(table1.rows.last, ["256", "426.24", "176.72", "85.56"])
        XCTAssertTrue(table1.ruled)
        let table2 = try content.tables[1].grid.get()
        XCTAssertEqual(table2.rows.last, ["256", "0.41", "2.07"])
        XCTAssertFalse(table2.ruled)
    }

    /// The text stages alone, as the pdf fuzz target runs them: the title
    /// block, sections and unruled cells of the full read, nothing rendered
    /// (figures are missed), and no page past the limit read.
    func testTextOnlyReadMatchesTheFullReadUpToItsLimit() throws {
        let (full, expected) = try read("two_column")
        let document = try PDFDocument(url: Self.fixtures.appendingPathComponent("two_column.pdf"))
        let text = try PaperReader().readText(document, limit: 2)
        assertFront(text, expected)
        XCTAssertEqual(text.tables.map { try? $0.grid.get().rows }, full.tables.map { try? $0.grid.get().rows })
        XCTAssertTrue(text.tables.allSatisfy { $0.crops.isEmpty })
        XCTAssertEqual(text.figures.count, 0)
        XCTAssertEqual(text.missed.filter { $0.kind == .figure }.map(\.number), full.figures.map(\.number))

        let paper = try PDFDocument(
            url: TestSupport.repositoryRoot.appendingPathComponent("examples/paper/paper.pdf"))
        XCTAssertEqual(paper.pageCount, 3)
        XCTAssertEqual(Set(try PaperReader().readText(paper, limit: 2).flow.map(\.page)), [1, 2])
        let files = try Compiler.readPaperText(paper, pages: 2).map(\.path)
        XCTAssertTrue(files.contains { $0.hasPrefix("evidence/paper/") }, "\(files)")
        XCTAssertFalse(files.contains { $0.hasSuffix(".png") }, "\(files)")
    }

    private func python(_ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, arguments.joined(separator: " "))
    }
}
