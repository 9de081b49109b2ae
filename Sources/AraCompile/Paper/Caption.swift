import AraPDF
import Foundation

/// A numbered table or figure caption: `Table 3. …`, `Figure 2: …`, `Fig. 4. …`.
struct Caption: Sendable, Equatable {
    enum Kind: String, Sendable, Equatable {
        case table, figure
    }

    var kind: Kind
    var number: Int
    var page: Int
    var lines: [TextLine]
    /// `Table S1`: kept apart from Table 1, not extracted as a numbered object.
    var supplementary = false

    var box: PDFRect { PDFRect.union(of: lines.map(\.box)) ?? PDFRect(x0: 0, y0: 0, x1: 0, y1: 0) }
    /// The caption verbatim, its lines joined (see ``Prose/join(_:)``).
    var text: String { Prose.join(lines.map(\.text)) }
    /// The caption without its `Table N.` label.
    var body: String {
        let text = self.text
        guard let label = Caption.parseLabel(text) else { return text }
        return String(text.dropFirst(label.length)).trimmingCharacters(in: .whitespaces)
    }

    /// A printed caption label: `Table 3:`, `Table 3.`, `TABLE IV`, `Fig. 2.`,
    /// `Fig 2.`, `FIG. 2.`, `Table S1` (supplementary).
    struct Label: Sendable, Equatable {
        var kind: Kind
        var number: Int
        /// `Table S1`, `Figure S2`: a supplementary object, never Table 1.
        var supplementary: Bool
        /// Characters of the label, its punctuation included.
        var length: Int
        /// The number is followed by `.`, `:` or `|`.
        var punctuated: Bool
        /// Nothing follows the label on its line.
        var alone: Bool
    }

    /// The label `text` starts with, whatever follows it.
    static func parseLabel(_ text: String) -> Label? {
        let scalars = Array(text.unicodeScalars)
        // Longest prefix first: `Figure` before `Fig.` before `Fig`.
        let prefixes: [(String, Kind)] = [
            ("Table", .table), ("TABLE", .table), ("Tab.", .table), ("Figure", .figure), ("FIGURE", .figure),
            ("Fig.", .figure), ("FIG.", .figure), ("Fig", .figure),
        ]
        for (prefix, kind) in prefixes where text.hasPrefix(prefix) {
            var index = prefix.unicodeScalars.count
            while index < scalars.count, scalars[index] == " " { index += 1 }
            var supplementary = false
            if index < scalars.count, scalars[index] == "S" {
                supplementary = true
                index += 1
            }
            var digits = ""
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                digits.unicodeScalars.append(scalars[index])
                index += 1
            }
            var number = Int(digits)
            if number == nil, !supplementary {
                // Roman numerals (IEEE, REVTeX: `TABLE IV`), upper case only.
                var roman = ""
                while index < scalars.count, "IVXLC".unicodeScalars.contains(scalars[index]) {
                    roman.unicodeScalars.append(scalars[index])
                    index += 1
                }
                number = romanValue(roman)
            }
            guard let number, number > 0 else { return nil }
            // The number ends the word: `Table 2a`, `Table IVb` are not labels.
            if index < scalars.count, CharacterSet.alphanumerics.contains(scalars[index]) { return nil }
            let punctuated = index < scalars.count && [".", ":", "|"].contains(scalars[index])
            let length = punctuated ? index + 1 : index
            let rest = String(String.UnicodeScalarView(scalars[length...])).trimmingCharacters(in: .whitespaces)
            return Label(
                kind: kind, number: number, supplementary: supplementary, length: length, punctuated: punctuated,
                alone: rest.isEmpty)
        }
        return nil
    }

    /// The value of an upper-case roman numeral up to 399, or nil.
    static func romanValue(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 9 else { return nil }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        var total = 0
        let digits = text.compactMap { values[$0] }
        for (index, value) in digits.enumerated() {
            if index + 1 < digits.count, value < digits[index + 1] { total -= value } else { total += value }
        }
        // Only the canonical spelling: `IIII` or `IC` are not numbers.
        return romanString(total) == text ? total : nil
    }

    private static func romanString(_ value: Int) -> String {
        var value = value
        var result = ""
        for (number, symbol) in [
            (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ] {
            while value >= number {
                result += symbol
                value -= number
            }
        }
        return result
    }

    /// The kind, number and label length when `text` starts with a caption
    /// label: followed by `.`, `:` or `|`, or alone on its line. So `Table 2
    /// shows` is prose. Supplementary labels (`Table S1.`) are not numbered
    /// objects and give nil here; see ``parseLabel(_:)``.
    static func label(in text: String) -> (kind: Kind, number: Int, length: Int)? {
        guard let label = parseLabel(text), label.punctuated || label.alone, !label.supplementary else { return nil }
        return (label.kind, label.number, label.length)
    }

    /// The caption label a printed line starts with: punctuated, alone on its
    /// line (`TABLE I` over a centred caption), or set apart from the running
    /// text: in a face the next word does not share (`**Table 1** Patient
    /// flow`), or, the whole line, in a face other than the body's and a
    /// size more than 0.6 pt from it (BMC's `Table 1 Patient-provider …` in
    /// bold 9 pt). `Table 2 shows` in the body face is prose.
    static func label(of line: TextLine, body: (font: String, size: Double)? = nil) -> Label? {
        guard let label = parseLabel(line.text) else { return nil }
        if label.punctuated || label.alone { return label }
        let words = line.words
        // The label is two words (`Table 1`, `Table S1`); a third follows.
        guard words.count >= 3, words[0].text + " " + words[1].text == String(line.text.prefix(label.length))
        else { return nil }
        let face = words[0].fontName
        guard words[1].fontName == face else { return nil }
        if words[2].fontName != face { return label }
        if let body, face != body.font, abs(line.fontSize - body.size) > 0.6 { return label }
        return nil
    }

    /// The font most characters of the body-size lines are set in.
    static func bodyFont(of lines: [TextLine], size: Double) -> String {
        var counts: [String: Int] = [:]
        for line in lines where abs(line.fontSize - size) < 0.6 {
            for word in line.words { counts[word.fontName, default: 0] += word.text.count }
        }
        return counts.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key ?? ""
    }

    /// Captions on one page: a label line and the lines that continue it
    /// (same size, same column, normal line pitch).
    /// `body` is the running text's face and size (the document's; by
    /// default this page's).
    static func find(in layout: PageLayout, body: (font: String, size: Double)? = nil) -> [Caption] {
        var captions: [Caption] = []
        let lines = layout.lines
        let body = body ?? (font: bodyFont(of: layout.lines, size: layout.bodySize), size: layout.bodySize)
        var consumed: Set<Int> = []
        for index in lines.indices where !consumed.contains(index) {
            guard let found = Caption.label(of: lines[index], body: body) else { continue }
            consumed.insert(index)
            let growth = CaptionGrowth(layout: layout, label: lines[index], found: found, body: body)
            captions.append(
                Caption(
                    kind: found.kind, number: found.number, page: layout.number,
                    lines: growth.grow(consumed: &consumed), supplementary: found.supplementary))
        }
        return captions
    }
}

/// A caption growing from its label line: the lines that continue it are
/// taken one row at a time while they keep its size, column and pitch.
private struct CaptionGrowth {
    let layout: PageLayout
    /// The label line (`Table 3: …`).
    let label: TextLine
    let found: Caption.Label
    let body: (font: String, size: Double)
    let columnLeft: Double
    let columnRight: Double

    init(layout: PageLayout, label: TextLine, found: Caption.Label, body: (font: String, size: Double)) {
        self.layout = layout
        self.label = label
        self.found = found
        self.body = body
        (columnLeft, columnRight) = layout.extent(of: layout.span(of: label.box))
    }

    /// The caption's lines, marking each taken line consumed.
    func grow(consumed: inout Set<Int>) -> [TextLine] {
        var taken = [label]
        // The last row taken, its pieces as one line.
        var last = label
        while let (row, candidate) = nextRow(after: last, consumed: consumed),
            continues(candidate, after: last, taken: taken)
        {
            taken += row.map { layout.lines[$0] }
            consumed.formUnion(row)
            last = candidate
        }
        return taken
    }

    /// The next row, found by geometry, not reading order (which may
    /// interleave columns): a piece of the same row to the right, else the
    /// nearest row below whose centre is in the column; with the row's
    /// pieces read as one line.
    private func nextRow(after last: TextLine, consumed: Set<Int>) -> (row: [Int], line: TextLine)? {
        let lines = layout.lines
        let size = label.fontSize
        let pool = lines.indices.filter { other in
            let box = lines[other].box
            return !consumed.contains(other) && box.midX >= columnLeft - 2 && box.midX <= columnRight + 2
                && box.y0 > last.box.y0 - size * 0.5
        }
        let sameRowPieces = pool.filter {
            abs(lines[$0].box.y0 - last.box.y0) < size * 0.5 && lines[$0].box.x0 > last.box.x1
        }
        let below = pool.filter { lines[$0].box.y0 >= last.box.y0 + size * 0.5 }
        guard
            let next = sameRowPieces.min(by: { lines[$0].box.x0 < lines[$1].box.x0 })
                ?? below.min(by: { lines[$0].box.y0 < lines[$1].box.y0 })
        else { return nil }
        // A row below is judged whole: its pieces (a small capital cut from
        // its word, `H` + `YPERPARAMETERS`) read as one line.
        guard sameRowPieces.isEmpty else { return ([next], lines[next]) }
        let nearest = lines[next].box
        let row = below.filter { other in
            let box = lines[other].box
            return min(box.y1, nearest.y1) - max(box.y0, nearest.y0) >= min(box.height, nearest.height) * 0.5
        }.sorted { lines[$0].box.x0 < lines[$1].box.x0 }
        let line = row.count == 1 ? lines[next] : TextLine(page: layout.number, words: row.flatMap { lines[$0].words })
        return (row, line)
    }

    /// Whether `candidate` continues the caption whose last row is `last`.
    private func continues(_ candidate: TextLine, after last: TextLine, taken: [TextLine]) -> Bool {
        let size = label.fontSize
        let pitch = candidate.box.y0 - last.box.y0
        let sameRow = abs(pitch) < size * 0.5 && candidate.box.x0 > last.box.x1
        // Marks set small (a dagger, a footnote number) sit inside the caption.
        let mark = candidate.fontSize < size * 0.75 && candidate.text.count <= 3 && pitch > -1 && pitch < size * 1.8
        // Continuation lines start at the caption's left edge and stay within
        // its column (a last short line may sit in one column of a full-width
        // caption); or, in a centred caption (IEEE's `TABLE I` over its
        // text), they share the line above's centre, until a line ends a
        // sentence.
        let right = max(taken.map(\.box.x1).max() ?? label.box.x1, columnRight)
        let centred =
            abs(candidate.box.midX - last.box.midX) < size && (taken.count > 1 || found.alone)
            && !last.text.hasSuffix(".") && candidate.box.x1 <= right + 2
        let inside =
            sameRow
            ? layout.span(of: candidate.box) == layout.span(of: label.box)
            : candidate.box.x0 >= label.box.x0 - 2 && candidate.box.x1 <= right + 2 || centred
        guard Caption.label(of: candidate, body: body) == nil, inside || mark else { return false }
        if mark { return true }
        // Small capitals under a centred label read smaller.
        let sameSize =
            abs(candidate.fontSize - size) < 0.6
            || centred && candidate.fontSize >= size * 0.75 && candidate.fontSize < size + 0.6
        let pitched =
            sameRow || pitch > 0 && pitch < size * 1.8 && (candidate.box.x0 < label.box.x0 + size * 2 || centred)
        return sameSize && pitched
    }
}

/// Joining printed lines into running text.
enum Prose {
    /// Lines joined by single spaces. A word broken by a hyphen at a line end
    /// (`learn-` + `ing`, the next line starting in lower case) is rejoined
    /// as `learning`: the one change made to printed text. The hyphen stays
    /// when it is part of the word: the part before it already holds a
    /// hyphen or slash (`state-of-the-` + `art`), or `compounds` (words
    /// printed with a hyphen elsewhere in the document) holds the word.
    static func join(_ lines: [String], compounds: Set<String> = []) -> String {
        var result = ""
        for line in lines {
            let line = line.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            if result.isEmpty {
                result = line
            } else if result.hasSuffix("-"), result.dropLast().last?.isLetter == true,
                line.first?.isLowercase == true
            {
                let before = result.dropLast().split(separator: " ").last.map(String.init) ?? ""
                let after = line.prefix { $0.isLetter || $0 == "-" }
                let keep =
                    before.contains("-") || before.contains("/")
                    || compounds.contains((Self.word(before) + "-" + after).lowercased())
                if !keep { result.removeLast() }
                result += line
            } else {
                result += " " + line
            }
        }
        return result
    }

    /// Words printed with an inner hyphen on one line (`high-level`), lower-cased.
    static func compounds(in lines: [TextLine]) -> Set<String> {
        var result: Set<String> = []
        for line in lines {
            for token in line.text.split(separator: " ") where token.dropFirst().dropLast().contains("-") {
                let word = Self.word(String(token))
                if word.contains("-"), !word.hasPrefix("-"), !word.hasSuffix("-") { result.insert(word.lowercased()) }
            }
        }
        return result
    }

    /// The letters and hyphens at the end of a token (`(low/mid/high` → `high`).
    private static func word(_ token: String) -> String {
        let trimmed = token.trimmingCharacters(in: .punctuationCharacters.subtracting(CharacterSet(charactersIn: "-")))
        return String(trimmed.reversed().prefix { $0.isLetter || $0 == "-" }.reversed())
    }
}
