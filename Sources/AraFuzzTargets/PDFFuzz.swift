import AraCompile
import AraPDF
import Foundation

/// A PDF opened with poppler, then what the compiler does with its text:
/// metadata, glyphs, words and image boxes, then the layout (lines, columns,
/// captions, object regions, tables from their words, running text, title
/// block, sections), on the first two pages only, so a document of a
/// thousand pages costs what a short one does. Nothing is rendered: that is
/// poppler's and cairo's work, and costs a page's raster per input.
enum PDFFuzz {
    static let maxPages = 2

    static func run(_ data: Data) {
        let file = FuzzScratch.file("input.pdf", data)
        guard let document = try? PDFDocument(url: file, displayPath: "fuzz.pdf") else { return }
        _ = try? Compiler.readPaperText(document, pages: maxPages)
    }
}
