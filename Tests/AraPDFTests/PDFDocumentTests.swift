import AraPDF
import AraTestSupport
import Foundation
import XCTest

/// AraPDF on the generated fixtures: errors, geometry, words, images, rendering.
final class PDFDocumentTests: XCTestCase {
    static let fixtures = TestSupport.repositoryRoot.appendingPathComponent("Tests/Fixtures/pdf")

    func open(_ name: String) throws -> PDFDocument {
        try PDFDocument(url: Self.fixtures.appendingPathComponent(name))
    }

    func testBadInputsAreClearErrors() throws {
        let directory = try TestSupport.temporaryDirectory(self)
        let missing = directory.appendingPathComponent("missing.pdf")
        XCTAssertThrowsError(try PDFDocument(url: missing)) { XCTAssertEqual(($0 as? PDFError)?.kind, .unreadable) }
        let text = directory.appendingPathComponent("notes.pdf")
        try Data("just some notes\n".utf8).write(to: text)
        XCTAssertThrowsError(try PDFDocument(url: text)) { XCTAssertEqual(($0 as? PDFError)?.kind, .notPDF) }
        // A PDF cut off after its first kilobytes loses its pages and its xref.
        let whole = try Data(contentsOf: Self.fixtures.appendingPathComponent("one_column.pdf"))
        let truncated = directory.appendingPathComponent("truncated.pdf")
        try whole.prefix(600).write(to: truncated)
        XCTAssertThrowsError(try PDFDocument(url: truncated)) {
            XCTAssertEqual(($0 as? PDFError)?.kind, .damaged)
            XCTAssertTrue("\($0)".hasPrefix(truncated.path))
        }
    }

    func testWordsCarryBoxesAndFonts() throws {
        let document = try open("one_column.pdf")
        XCTAssertEqual(document.pageCount, 2)
        let page = try document.page(1)
        XCTAssertEqual(page.width, 612)
        XCTAssertEqual(page.height, 792)
        let words = page.words()
        let title = words.filter { $0.fontSize > 15 }.map(\.text).joined(separator: " ")
        XCTAssertEqual(title, "Robust Widgets for Small Data")
        XCTAssertTrue(words.filter { $0.fontSize > 15 }.allSatisfy(\.isBold))
        // Boxes use a top-left origin: the title sits near the top.
        XCTAssertLessThan(words.first { $0.text == "Robust" }!.box.y0, 150)
        XCTAssertThrowsError(try document.page(3))
    }

    func testRotatedPageIsReadInItsDisplayedFrame() throws {
        let page = try open("rotated.pdf").page(2)
        XCTAssertEqual(page.width, 792)
        XCTAssertEqual(page.height, 612)
        let words = page.words()
        XCTAssertTrue(words.contains { $0.text == "CIFAR-100" && !$0.isVertical })
    }

    func testImagesAndRegionsRender() throws {
        let page = try open("two_column.pdf").page(1)
        let images = page.imageBoxes()
        XCTAssertEqual(images.count, 1)
        let image = try XCTUnwrap(images.first)
        let png = try page.renderPNG(region: image.box, dpi: 144)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // The rendered raster fills its own box: ink reaches every edge.
        let grey = try page.renderGrey(region: image.box.expanded(by: 1), dpi: 72)
        let ink = try XCTUnwrap(grey.inkBounds(fromBottom: true, maximumGap: 10))
        XCTAssertEqual(ink.x0, image.box.x0, accuracy: 1.5)
        XCTAssertEqual(ink.y1, image.box.y1, accuracy: 1.5)
    }

    func testRulingLinesOfAGridTable() throws {
        let document = try open("one_column.pdf")
        let page = try document.page(1)
        let words = page.words()
        // The grid's box, from the fixture's expected file.
        let region = PDFRect(x0: 90.75, y0: 450.75, x1: 521.25, y1: 530.25).expanded(by: 2)
        let rules = try page.renderGrey(region: region, dpi: 144).rulingLines()
        XCTAssertGreaterThanOrEqual(rules.filter { $0.axis == .horizontal }.count, 3)
        XCTAssertGreaterThanOrEqual(rules.filter { $0.axis == .vertical }.count, 3)
        // Text alone yields no rule.
        let body = try XCTUnwrap(words.first { $0.text == "Abstract" })
        let prose = PDFRect(x0: 60, y0: body.box.y1 + 2, x1: 550, y1: body.box.y1 + 40)
        XCTAssertEqual(try page.renderGrey(region: prose, dpi: 144).rulingLines(), [])
    }

    /// A minimal PDF with one page of the given size and a drawn line, or no page.
    static func handmade(mediaBox: String?, encrypted: Bool = false) -> Data {
        var objects = ["<< /Type /Catalog /Pages 2 0 R >>"]
        if let mediaBox {
            objects.append("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [\(mediaBox)] /Contents 4 0 R >>")
            let stream = "10 10 m 200 10 l S"
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        } else {
            objects.append("<< /Type /Pages /Kids [] /Count 0 >>")
        }
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { text += String(format: "%010d 00000 n \n", offset) }
        // A standard security handler whose user password is not empty: no
        // reader can open it without the password (the U entry is arbitrary).
        let encrypt =
            encrypted
            ? " /Encrypt << /Filter /Standard /V 1 /R 2 /P -4 /O <\(String(repeating: "a5", count: 32))>"
                + " /U <\(String(repeating: "5a", count: 32))> >> /ID [<\(String(repeating: "01", count: 16))>"
                + " <\(String(repeating: "01", count: 16))>]" : ""
        text +=
            "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(encrypt) >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(text.utf8)
    }

    func testAPDFWithoutPagesIsAnErrorAndReleasedOnce() throws {
        let url = try TestSupport.temporaryDirectory(self).appendingPathComponent("empty.pdf")
        try Self.handmade(mediaBox: nil).write(to: url)
        XCTAssertThrowsError(try PDFDocument(url: url)) { XCTAssertEqual(($0 as? PDFError)?.kind, .damaged) }
    }

    func testAnEncryptedPDFIsAClearError() throws {
        let url = try TestSupport.temporaryDirectory(self).appendingPathComponent("locked.pdf")
        try Self.handmade(mediaBox: "0 0 612 792", encrypted: true).write(to: url)
        XCTAssertThrowsError(try PDFDocument(url: url)) {
            XCTAssertEqual(($0 as? PDFError)?.kind, .encrypted)
            XCTAssertTrue("\($0)".contains("decrypt it first"))
        }
    }

    func testAHugePageRendersAtALowerResolution() throws {
        let url = try TestSupport.temporaryDirectory(self).appendingPathComponent("poster.pdf")
        try Self.handmade(mediaBox: "0 0 100000 2000").write(to: url)
        let page = try PDFDocument(url: url).page(1)
        let raster = try page.raster(dpi: 150)
        XCTAssertLessThan(raster.dpi, 150)
        XCTAssertEqual(raster.grey(page.bounds).width, 32_767, accuracy: 1)
        // Past what any resolution can hold: an error, not a crash.
        let absurd = try TestSupport.temporaryDirectory(self).appendingPathComponent("absurd.pdf")
        try Self.handmade(mediaBox: "0 0 3000000 2000").write(to: absurd)
        XCTAssertThrowsError(try PDFDocument(url: absurd).page(1).raster(dpi: 150)) {
            XCTAssertEqual(($0 as? PDFError)?.kind, .render)
        }
        XCTAssertThrowsError(try raster.png(PDFRect(x0: -50, y0: -50, x1: -10, y1: -10)))
        XCTAssertThrowsError(try page.renderPNG(region: PDFRect(x0: -50, y0: -50, x1: -10, y1: -10), dpi: 72))
    }
}
