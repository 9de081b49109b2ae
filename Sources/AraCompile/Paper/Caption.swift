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

    var box: PDFRect { PDFRect.union(of: lines.map(\.box)) ?? PDFRect(x0: 0, y0: 0, x1: 0, y1: 0) }
    /// The caption verbatim, its lines joined (see ``Prose/join(_:)``).
    var text: String { Prose.join(lines.map(\.text)) }
    /// The caption without its `Table N.` label.
    var body: String {
        let text = self.text
        guard let label = Caption.label(in: text) else { return text }
        return String(text.dropFirst(label.length)).trimmingCharacters(in: .whitespaces)
    }

    /// The kind, number and label length when `text` starts with a caption label.
    static func label(in text: String) -> (kind: Kind, number: Int, length: Int)? {
        let scalars = Array(text.unicodeScalars)
        let prefixes: [(String, Kind)] = [
            ("Table", .table), ("TABLE", .table), ("Tab.", .table), ("Figure", .figure), ("FIGURE", .figure),
            ("Fig.", .figure),
        ]
        for (prefix, kind) in prefixes where text.hasPrefix(prefix) {
            var index = prefix.unicodeScalars.count
            while index < scalars.count, scalars[index] == " " { index += 1 }
            var digits = ""
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                digits.unicodeScalars.append(scalars[index])
                index += 1
            }
            // A caption's number is followed by its punctuation; "Table 2 shows" is prose.
            guard let number = Int(digits), index < scalars.count, [".", ":", "|"].contains(scalars[index])
            else { return nil }
            return (kind, number, index + 1)
        }
        return nil
    }

    /// Captions on one page: a label line and the lines that continue it
    /// (same size, same column, normal line pitch).
    static func find(in layout: PageLayout) -> [Caption] {
        var captions: [Caption] = []
        var index = 0
        let lines = layout.lines
        while index < lines.count {
            let line = lines[index]
            guard let found = Caption.label(in: line.text) else {
                index += 1
                continue
            }
            var taken = [line]
            var next = index + 1
            while next < lines.count {
                let candidate = lines[next]
                let last = taken[taken.count - 1]
                let pitch = candidate.box.y0 - last.box.y0
                let sameRow = abs(pitch) < line.fontSize * 0.5 && candidate.box.x0 > last.box.x1
                // Marks set small (a dagger, a footnote number) sit inside the caption.
                let mark =
                    candidate.fontSize < line.fontSize * 0.75 && candidate.text.count <= 3
                    && pitch > -1 && pitch < line.fontSize * 1.8
                // Continuation lines start at the caption's left edge and stay
                // within its column (a last short line may sit in one column
                // of a full-width caption).
                let right = max(
                    taken.map(\.box.x1).max() ?? line.box.x1, layout.extent(of: layout.span(of: line.box)).1)
                let inside =
                    sameRow
                    ? layout.span(of: candidate.box) == layout.span(of: line.box)
                    : candidate.box.x0 >= line.box.x0 - 2 && candidate.box.x1 <= right + 2
                guard Caption.label(in: candidate.text) == nil, inside || mark,
                    mark
                        || abs(candidate.fontSize - line.fontSize) < 0.6
                            && (sameRow
                                || pitch > 0 && pitch < line.fontSize * 1.8
                                    && candidate.box.x0 < line.box.x0 + line.fontSize * 2)
                else { break }
                taken.append(candidate)
                next += 1
            }
            captions.append(Caption(kind: found.kind, number: found.number, page: layout.number, lines: taken))
            index = next
        }
        return captions
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
