import AraPDF
import Foundation

/// A PDF opened with poppler, then the text extraction the compiler starts
/// from: glyphs, words and image boxes, on the first two pages only, so a
/// document of a thousand pages costs what a short one does.
enum PDFFuzz {
    static let maxPages = 2

    static func run(_ data: Data) {
        let file = FuzzScratch.file("input.pdf", data)
        guard let document = try? PDFDocument(url: file, displayPath: "fuzz.pdf") else { return }
        _ = document.metadata
        for number in 1...min(document.pageCount, maxPages) {
            guard let page = try? document.page(number) else { continue }
            _ = page.bounds
            _ = page.words()
            _ = page.imageBoxes()
        }
    }
}
