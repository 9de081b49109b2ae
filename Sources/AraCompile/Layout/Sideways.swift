import AraPDF

/// A page whose text is set sideways (LaTeX's `sidewaystable`: a portrait
/// page with its table turned a quarter): its vertical words turned to read
/// left to right, so captions, regions and grids are found as on any page,
/// and boxes and rules turned back and forth between the two frames.
struct Sideways: Sendable, Equatable {
    /// The page's size, in its own (portrait) frame.
    var width: Double
    var height: Double
    /// True when the text reads up the page (turned counter-clockwise).
    var upward: Bool

    /// The turned page's size: its width is the page's height.
    var turnedWidth: Double { height }
    var turnedHeight: Double { width }

    /// A page is sideways when it has at least 20 vertical words and twice as
    /// many as horizontal ones. The direction is what most pairs of
    /// consecutive vertical words on one turned line show.
    static func detect(_ layout: PageLayout) -> Sideways? {
        let vertical = layout.verticalWords
        let horizontal = layout.lines.reduce(0) { $0 + $1.wordCount }
        guard vertical.count >= 20, vertical.count >= horizontal * 2 else { return nil }
        var up = 0
        var down = 0
        for (previous, next) in zip(vertical, vertical.dropFirst())
        where min(previous.box.x1, next.box.x1) - max(previous.box.x0, next.box.x0) > 0 {
            if next.box.midY < previous.box.midY { up += 1 } else { down += 1 }
        }
        return Sideways(width: layout.width, height: layout.height, upward: up >= down)
    }

    /// A box of the page in the turned frame.
    func turned(_ box: PDFRect) -> PDFRect {
        upward
            ? PDFRect(x0: height - box.y1, y0: box.x0, x1: height - box.y0, y1: box.x1)
            : PDFRect(x0: box.y0, y0: width - box.x1, x1: box.y1, y1: width - box.x0)
    }

    /// A box of the turned frame back on the page.
    func page(_ box: PDFRect) -> PDFRect {
        upward
            ? PDFRect(x0: box.y0, y0: height - box.x1, x1: box.y1, y1: height - box.x0)
            : PDFRect(x0: width - box.y1, y0: box.x0, x1: width - box.y0, y1: box.x1)
    }

    /// The words of the page read turned: its vertical words, and the
    /// one-character words among them (`P`, `R`: a single glyph has no
    /// direction, so it was read as horizontal).
    func turnedWords(of layout: PageLayout) -> [PDFWord] {
        let vertical = layout.verticalWords
        guard let area = PDFRect.union(of: vertical.map(\.box)) else { return [] }
        let single = layout.lines.flatMap(\.words).filter {
            $0.text.unicodeScalars.count == 1 && area.containsCentre(of: $0.box)
        }
        return (vertical + single).map(turned)
    }

    /// A vertical word of the page, horizontal in the turned frame.
    func turned(_ word: PDFWord) -> PDFWord {
        PDFWord(text: word.text, box: turned(word.box), fontName: word.fontName, fontSize: word.fontSize)
    }

    /// A rule found on the page's render, in the turned frame.
    func turned(_ rule: RulingLine) -> RulingLine {
        let box =
            rule.axis == .horizontal
            ? PDFRect(x0: rule.start, y0: rule.position, x1: rule.end, y1: rule.position)
            : PDFRect(x0: rule.position, y0: rule.start, x1: rule.position, y1: rule.end)
        let turned = turned(box)
        return rule.axis == .horizontal
            ? RulingLine(axis: .vertical, position: turned.x0, start: turned.y0, end: turned.y1)
            : RulingLine(axis: .horizontal, position: turned.y0, start: turned.x0, end: turned.x1)
    }
}
