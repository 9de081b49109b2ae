import AraPDF

/// Where a line sits across the page's columns.
enum ColumnSpan: Sendable, Equatable {
    case left, right, full
}

/// One page's text in reading order, with the geometry later stages need.
struct PageLayout: Sendable {
    var number: Int
    var width: Double
    var height: Double
    /// Lines in reading order: full-width lines in place, and between them
    /// the left column top to bottom, then the right.
    var lines: [TextLine]
    /// Words set vertically (margin stamps such as arXiv's), kept aside.
    var verticalWords: [PDFWord]
    /// The page's dominant font size: its body text.
    var bodySize: Double
    /// Left and right edges of the text block.
    var textLeft: Double
    var textRight: Double
    var isTwoColumn: Bool
    /// Embedded raster images.
    var images: [PDFImageBox]
    /// Indices in ``lines`` of the page's first and last lines when they
    /// stand apart from the rest: a running header and a page number or
    /// footer. Worked out once; several stages ask.
    var marginLines: Set<Int>

    var middle: Double { (textLeft + textRight) / 2 }

    /// Which column a box belongs to.
    func span(of box: PDFRect) -> ColumnSpan {
        guard isTwoColumn else { return .full }
        let slack = (textRight - textLeft) * 0.03
        if box.x0 < middle - slack, box.x1 > middle + slack { return .full }
        return box.midX < middle ? .left : .right
    }

    /// The horizontal extent of a column (or the whole text block).
    func extent(of span: ColumnSpan) -> (Double, Double) {
        switch span {
        case .full: return (textLeft, textRight)
        case .left: return (textLeft, middle)
        case .right: return (middle, textRight)
        }
    }

    /// Lays out `page`. A `frame` measured on other pages of the document
    /// decides the columns, because a page filled by a figure cannot show
    /// its own columns.
    init(page: PDFPage, frame: TextFrame? = nil) {
        self.init(
            number: page.number, width: page.width, height: page.height, words: page.words(),
            images: page.imageBoxes(), frame: frame)
    }

    /// Lays out words already read from a page (pages sampled for the frame
    /// are read once).
    init(
        number: Int, width: Double, height: Double, words: [PDFWord], images: [PDFImageBox], frame: TextFrame? = nil
    ) {
        verticalWords = words.filter(\.isVertical)
        let horizontal = words.filter { !$0.isVertical && !$0.text.isEmpty }
        self.number = number
        self.width = width
        self.height = height
        self.images = images
        var sizes = TypeSizeCount()
        for word in horizontal { sizes.add(word.fontSize, weight: word.text.count) }
        bodySize = sizes.dominant ?? 10
        var unordered = LineBuilder.lines(page: number, words: horizontal)
        // The text block's edges come from body lines only: stray marks in the
        // margin (a stamp, a line number) must not move the middle.
        let size = bodySize
        let body = unordered.filter { abs($0.fontSize - size) < 0.6 && $0.words.count >= 3 }
        let measured = body.isEmpty ? unordered : body
        textLeft = measured.map(\.box.x0).min() ?? 0
        textRight = measured.map(\.box.x1).max() ?? width
        isTwoColumn = false
        lines = []
        marginLines = []
        // A narrow gutter (ACL's 17 pt beside 11 pt type) is under the
        // 1.6 em that cuts a line: lines of both columns then run together.
        // Cut them again at a gap over 0.8 em that holds the text block's
        // middle; kept only when the page has two columns.
        if let frame, abs(frame.pageWidth - width) < 1 {
            textLeft = min(textLeft, frame.left)
            textRight = max(textRight, frame.right)
            isTwoColumn = frame.isTwoColumn
        } else {
            let cut = Self.cutAtGutter(unordered, middle: (textLeft + textRight) / 2)
            isTwoColumn = Self.looksTwoColumn(cut, middle: middle, bodySize: bodySize)
        }
        if isTwoColumn { unordered = Self.cutAtGutter(unordered, middle: middle) }
        if !isTwoColumn {
            // One column: the text block is everything printed, so a table
            // wider than the prose (a landscape page) stays whole.
            textLeft = min(textLeft, unordered.map(\.box.x0).min() ?? textLeft)
            textRight = max(textRight, unordered.map(\.box.x1).max() ?? textRight)
        }
        lines = order(unordered)
        marginLines = Self.margins(of: lines)
    }

    /// Lines cut at a gap wider than 0.8 em that holds `middle`.
    static func cutAtGutter(_ lines: [TextLine], middle: Double) -> [TextLine] {
        var result: [TextLine] = []
        for line in lines {
            let words = line.words
            guard
                let at = words.indices.dropFirst().first(where: { index in
                    let gap = (words[index - 1].box.x1, words[index].box.x0)
                    let em = max(min(words[index - 1].fontSize, words[index].fontSize), 4)
                    return gap.1 - gap.0 > em * 0.8 && gap.0 < middle && gap.1 > middle
                })
            else {
                result.append(line)
                continue
            }
            result.append(TextLine(page: line.page, words: Array(words[..<at])))
            result.append(TextLine(page: line.page, words: Array(words[at...])))
        }
        return result
    }

    /// The first and last lines standing apart from the next by more than
    /// 1.5 times their height (at least 6 points).
    private static func margins(of lines: [TextLine]) -> Set<Int> {
        let byTop = lines.indices.sorted { lines[$0].box.y0 < lines[$1].box.y0 }
        let byBottom = lines.indices.sorted { lines[$0].box.y1 > lines[$1].box.y1 }
        func apart(_ order: [Int], _ gap: (PDFRect, PDFRect) -> Double) -> Int? {
            guard order.count >= 2 else { return nil }
            let first = lines[order[0]].box
            let second = lines[order[1]].box
            return gap(first, second) > max(first.height, 6) * 1.5 ? order[0] : nil
        }
        // The lines of the same size on such a line's printed row are margin
        // too: a running head and its page number stand apart (`4` … `R.
        // Yilmaz et al.`).
        let edges = [apart(byTop) { $1.y0 - $0.y1 }, apart(byBottom) { $0.y0 - $1.y1 }].compactMap { $0 }
        var result = Set(edges)
        for edge in edges {
            let box = lines[edge].box
            for (index, line) in lines.enumerated()
            where line.box.midY > box.y0 && line.box.midY < box.y1
                && abs(line.fontSize - lines[edge].fontSize) < 0.6
            {
                result.insert(index)
            }
        }
        return result
    }

    /// This page's own frame, for measuring a document's.
    var frame: TextFrame {
        TextFrame(pageWidth: width, left: textLeft, right: textRight, isTwoColumn: isTwoColumn)
    }

    /// Two columns when most body lines stay on one side of the middle and
    /// both sides have body lines.
    private static func looksTwoColumn(_ lines: [TextLine], middle: Double, bodySize: Double) -> Bool {
        let body = lines.filter { abs($0.fontSize - bodySize) < 0.6 && $0.words.count >= 4 }
        guard body.count >= 6 else { return false }
        let left = body.filter { $0.box.x1 < middle }.count
        let right = body.filter { $0.box.x0 > middle }.count
        return left >= 3 && right >= 3 && Double(left + right) >= Double(body.count) * 0.6
    }

    private func order(_ lines: [TextLine]) -> [TextLine] {
        let byY = lines.sorted { $0.box.y0 < $1.box.y0 || $0.box.y0 == $1.box.y0 && $0.box.x0 < $1.box.x0 }
        guard isTwoColumn else { return byY }
        var result: [TextLine] = []
        var left: [TextLine] = []
        var right: [TextLine] = []
        func flush() {
            result += left
            result += right
            left.removeAll()
            right.removeAll()
        }
        for line in byY {
            switch span(of: line.box) {
            case .full:
                flush()
                result.append(line)
            case .left: left.append(line)
            case .right: right.append(line)
            }
        }
        flush()
        return result
    }
}

/// The text block of a document's pages: edges and column count.
struct TextFrame: Sendable, Equatable {
    var pageWidth: Double
    var left: Double
    var right: Double
    var isTwoColumn: Bool

    /// The frame most of `frames` agree on: the column count of the
    /// majority, and the widest edges among the pages that share it.
    static func consensus(_ frames: [TextFrame]) -> TextFrame? {
        guard let width = frames.first?.pageWidth else { return nil }
        let same = frames.filter { abs($0.pageWidth - width) < 1 }
        let two = same.filter(\.isTwoColumn)
        let chosen = two.count * 2 >= same.count && !two.isEmpty ? two : same.filter { !$0.isTwoColumn }
        guard !chosen.isEmpty else { return nil }
        return TextFrame(
            pageWidth: width, left: chosen.map(\.left).min() ?? 0, right: chosen.map(\.right).max() ?? width,
            isTwoColumn: !two.isEmpty && chosen == two)
    }
}
