/// A section heading: `3.1. Residual Learning`, `A. Object Detection`, `References`.
struct SectionHeading: Sendable, Equatable {
    /// The number as printed (`3.1`), empty for unnumbered headings.
    var number: String
    var title: String
    /// 1 for `3`, 2 for `3.1`; unnumbered headings are level 1.
    var level: Int
    /// The heading line as printed.
    var text: String

    static let unnumbered: Set<String> = [
        "abstract", "references", "bibliography", "acknowledgments", "acknowledgements", "acknowledgment",
        "acknowledgement", "appendix", "introduction", "conclusion", "conclusions", "related work",
    ]

    /// The heading a line is, if it is one: bold or larger than the body,
    /// short, and numbered (or one of the usual unnumbered titles).
    static func parse(_ line: TextLine, bodySize: Double) -> SectionHeading? {
        let text = line.text.trimmingCharacters(in: .whitespaces)
        guard text.count <= 90, line.wordCount <= 12, Caption.label(in: text) == nil else { return nil }
        let large = line.fontSize > bodySize + 0.9
        guard line.isBold || large else {
            // IEEE and REVTeX set `IV. EXPERIMENTAL SETUP` in small capitals
            // of the body's size and weight: a roman number with its dot and
            // a title in capitals.
            let parts = text.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].hasSuffix("."), Caption.romanValue(String(parts[0].dropLast())) != nil,
                parts[1].contains(where: \.isLetter), !parts[1].contains(where: \.isLowercase)
            else { return nil }
            return SectionHeading(number: String(parts[0].dropLast()), title: String(parts[1]), level: 1, text: text)
        }
        if unnumbered.contains(text.lowercased().trimmingCharacters(in: .punctuationCharacters)) {
            return SectionHeading(number: "", title: text, level: 1, text: text)
        }
        // `3.`, `3.1.`, `3.1`, `A.`, `A.1.` followed by a capitalised title.
        let parts = text.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, let first = parts[1].first, first.isUppercase else { return nil }
        var label = String(parts[0])
        if label.hasSuffix(".") { label.removeLast() }
        let pieces = label.split(separator: ".", omittingEmptySubsequences: false)
        guard !pieces.isEmpty, pieces.count <= 4 else { return nil }
        for (index, piece) in pieces.enumerated() {
            let numeric = !piece.isEmpty && piece.allSatisfy(\.isASCII) && piece.allSatisfy(\.isNumber)
            let letter = index == 0 && piece.count == 1 && piece.first.map { $0.isUppercase && $0.isASCII } == true
            // Roman section numbers: `II. Related Work`, `IV Results`.
            let roman = index == 0 && pieces.count == 1 && Caption.romanValue(String(piece)) != nil
            guard numeric && piece.count <= 2 || letter || roman else { return nil }
        }
        // A lone letter needs its dot (`A. Title`), or `I am` would be a
        // heading; without it, only in type larger than the body's.
        // And then its title must start with a word in normal case
        // (`A Bootstrap analysis`), not a small-capital fragment (`L ONG E VAL`).
        if pieces.count == 1, pieces[0].first?.isLetter == true, !parts[0].hasSuffix(".") {
            let word = parts[1].prefix { $0 != " " }
            guard large, word.count >= 2, word.dropFirst().first?.isLowercase == true else { return nil }
        }
        // Body text set in bold from its first word is not a heading.
        guard !parts[1].hasSuffix(".") || parts[1].count < 40 else { return nil }
        return SectionHeading(number: label, title: String(parts[1]), level: pieces.count, text: text)
    }
}
