import AraPDF

/// A line of words on one baseline within one column: the unit of reading order.
public struct TextLine: Sendable, Equatable {
    /// 1-based page number.
    public var page: Int
    /// The words with their boxes; empty once the line is kept only as text
    /// (``withoutWords()``).
    public private(set) var words: [PDFWord]
    public let wordCount: Int
    public let box: PDFRect
    /// The words joined by single spaces, exactly as printed.
    public let text: String
    /// The size most of the line's characters are set in.
    public let fontSize: Double
    /// True when most characters are bold.
    public let isBold: Bool

    public init(page: Int, words: [PDFWord]) {
        self.page = page
        self.words = words
        wordCount = words.count
        box = words.dropFirst().reduce(words[0].box) { $0.union($1.box) }
        text = words.map(\.text).joined(separator: " ")
        var weights: [Double: Int] = [:]
        var bold = 0
        var total = 0
        for word in words {
            let count = word.text.unicodeScalars.count
            weights[(word.fontSize * 2).rounded() / 2, default: 0] += count
            total += count
            if word.isBold { bold += count }
        }
        fontSize =
            weights.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key ?? 0
        isBold = bold * 2 > total
    }

    /// The line without its word boxes: running text is kept for every
    /// page, and the boxes would make memory grow with the page count.
    public func withoutWords() -> TextLine {
        var line = self
        line.words = []
        return line
    }

    /// Pieces of the line separated by gaps wider than `gap` points: the
    /// cells of a table row, or the names on an author line.
    public func segments(gap: Double) -> [[PDFWord]] {
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
    static func rows(_ words: [PDFWord]) -> [[PDFWord]] {
        let sorted = words.sorted { $0.box.y0 < $1.box.y0 || $0.box.y0 == $1.box.y0 && $0.box.x0 < $1.box.x0 }
        var rows: [[PDFWord]] = []
        var range: (y0: Double, y1: Double) = (0, 0)
        for word in sorted {
            let overlap = min(range.y1, word.box.y1) - max(range.y0, word.box.y0)
            let needed = min(word.box.height, range.y1 - range.y0) * 0.5
            if !rows.isEmpty, overlap >= needed {
                rows[rows.count - 1].append(word)
            } else {
                rows.append([word])
                range = (word.box.y0, word.box.y1)
            }
        }
        return rows
    }
}
