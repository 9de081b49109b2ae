import AraPDF

/// A line of words on one baseline within one column: the unit of reading order.
struct TextLine: Sendable, Equatable {
    /// 1-based page number.
    var page: Int
    /// The words with their boxes; empty once the line is kept only as text
    /// (``withoutWords()``).
    private(set) var words: [PDFWord]
    let wordCount: Int
    let box: PDFRect
    /// The words joined by single spaces, exactly as printed.
    let text: String
    /// The size most of the line's characters are set in.
    let fontSize: Double
    /// True when most characters are bold.
    let isBold: Bool

    init(page: Int, words: [PDFWord]) {
        self.page = page
        self.words = words
        wordCount = words.count
        box = PDFRect.union(of: words.map(\.box)) ?? PDFRect(x0: 0, y0: 0, x1: 0, y1: 0)
        text = words.map(\.text).joined(separator: " ")
        var sizes = TypeSizeCount()
        var bold = 0
        var total = 0
        for word in words {
            let count = word.text.unicodeScalars.count
            sizes.add(word.fontSize, weight: count)
            total += count
            if word.isBold { bold += count }
        }
        fontSize = sizes.dominant ?? 0
        isBold = bold * 2 > total
    }

    /// The line without its word boxes: running text is kept for every
    /// page, and the boxes would make memory grow with the page count.
    func withoutWords() -> TextLine {
        var line = self
        line.words = []
        return line
    }

    /// Pieces of the line separated by gaps wider than `gap` points: the
    /// cells of a table row, or the names on an author line.
    func segments(gap: Double) -> [[PDFWord]] {
        var result: [[PDFWord]] = []
        for word in words {
            if let last = result.last?.last, word.box.x0 - last.box.x1 <= gap {
                result[result.count - 1].append(word)
            } else {
                result.append([word])
            }
        }
        return result
    }
}

/// Builds lines from words: same baseline, and no gap wider than a column gutter.
enum LineBuilder {
    static func lines(page: Int, words: [PDFWord]) -> [TextLine] {
        let rows = rows(words)
        var lines: [TextLine] = []
        for row in rows {
            let ordered = row.sorted { $0.box.x0 < $1.box.x0 }
            var current: [PDFWord] = []
            for word in ordered {
                if let last = current.last {
                    // A gap of more than ~1.6 em is a gutter or a table column
                    // (justified prose stretches spaces less than that): start
                    // a new line so columns never run together.
                    let em = max(min(last.fontSize, word.fontSize), 4)
                    if word.box.x0 - last.box.x1 > em * 1.6 {
                        lines.append(TextLine(page: page, words: current))
                        current = []
                    }
                }
                current.append(word)
            }
            if !current.isEmpty { lines.append(TextLine(page: page, words: current)) }
        }
        return lines
    }
}

extension LineBuilder {
    /// Words grouped by baseline only (no splitting at gaps): printed rows.
    /// A word joins a row when it overlaps the row's height by half its own
    /// (or the row's) height; fonts report boxes of different heights, so
    /// centres alone are not enough.
    static func rows(_ words: [PDFWord]) -> [[PDFWord]] { rows(words, box: \.box) }

    /// Any items grouped into printed rows by their boxes, the same way.
    static func rows<Item>(_ items: [Item], box: (Item) -> PDFRect) -> [[Item]] {
        let sorted = items.sorted { box($0).y0 < box($1).y0 || box($0).y0 == box($1).y0 && box($0).x0 < box($1).x0 }
        var rows: [[Item]] = []
        var range: (y0: Double, y1: Double) = (0, 0)
        for item in sorted {
            let frame = box(item)
            let overlap = min(range.y1, frame.y1) - max(range.y0, frame.y0)
            let needed = min(frame.height, range.y1 - range.y0) * 0.5
            if !rows.isEmpty, overlap >= needed {
                rows[rows.count - 1].append(item)
            } else {
                rows.append([item])
                range = (frame.y0, frame.y1)
            }
        }
        return rows
    }
}
