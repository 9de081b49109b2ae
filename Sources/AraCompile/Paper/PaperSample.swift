import AraPDF
import Foundation

/// The first pages of a paper, read before the rest: they set the columns
/// for every page, the running text's face and size, and the headers and
/// footers that run on every page.
struct PaperSample {
    /// How many leading pages are sampled.
    static let pageCount = 3

    /// The sampled pages' words and images, handed on so no page is read twice.
    var pages: [Int: (words: [PDFWord], images: [PDFImageBox])] = [:]
    var frame: TextFrame?
    /// Edge lines (digits removed) printed on two of the sampled pages or
    /// more: never part of a table or figure.
    var running: Set<String> = []
    /// The running text's face and size. A page full of a table set smaller
    /// must not make its prose look apart, so only the first pages count.
    var body: (font: String, size: Double) = ("", 10)

    /// Samples the first ``pageCount`` pages, or fewer when only the first
    /// `limit` are read.
    init(_ document: PDFDocument, limit: Int = pageCount) throws(PDFError) {
        var frames: [TextFrame] = []
        var edgeCounts: [String: Int] = [:]
        for number in 1...min(Self.pageCount, limit, document.pageCount) {
            let page = try document.page(number)
            let read = (words: page.words(), images: page.imageBoxes())
            pages[number] = read
            let layout = PageLayout(
                number: number, width: page.width, height: page.height, words: read.words, images: read.images)
            frames.append(layout.frame)
            // The page's top two and bottom three lines: where running
            // headers and footers stand.
            let ordered = layout.lines.sorted { $0.box.y0 < $1.box.y0 }
            for text in Set((ordered.prefix(2) + ordered.suffix(3)).map { Self.normalized($0.text) })
            where text.count >= 8 && text.split(separator: " ").count >= 3 {
                edgeCounts[text, default: 0] += 1
            }
        }
        running = Set(edgeCounts.filter { $0.value >= 2 }.map(\.key))
        frame = TextFrame.consensus(frames)
        body = Self.bodyType(of: pages)
    }

    /// Whether `line` is one of the running headers or footers.
    func isRunning(_ line: TextLine) -> Bool {
        running.contains(Self.normalized(line.text))
    }

    private static func bodyType(of pages: [Int: (words: [PDFWord], images: [PDFImageBox])]) -> (
        font: String, size: Double
    ) {
        var sizes = TypeSizeCount()
        for (_, read) in pages { for word in read.words { sizes.add(word.fontSize, weight: word.text.count) } }
        let size = sizes.dominant ?? 10
        let lines = pages.sorted(by: { $0.key < $1.key }).flatMap {
            LineBuilder.lines(page: $0.key, words: $0.value.words)
        }
        return (Caption.bodyFont(of: lines, size: size), size)
    }

    /// Text with digits removed, so "Page 3" and "Page 4" compare equal.
    static func normalized(_ text: String) -> String {
        String(text.filter { !$0.isNumber }).trimmingCharacters(in: .whitespaces)
    }
}
