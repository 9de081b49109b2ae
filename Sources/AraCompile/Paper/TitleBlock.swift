import AraPDF
import Foundation

/// The paper's identity as printed on page 1: title, authors, identifiers.
struct TitleBlock: Sendable, Equatable {
    var title: String?
    var authors: [String]
    /// Affiliation lines of the title block, verbatim (marks kept), in
    /// reading order; never names.
    var affiliations: [String] = []
    var year: String?
    var venue: String?
    var doi: String?
    var arxiv: String?

    /// Words that mark an affiliation or address line rather than names.
    static let affiliationWords = [
        "university", "institute", "research", "laboratory", "lab", "department", "school", "college", "inc",
        "corporation", "google", "microsoft", "facebook", "meta", "deepmind", "openai", "center", "centre",
        "academy", "street", "road", "faculty", "labs", "universite", "université", "universität", "hospital",
        "ministry", "ltd", "gmbh", "llc",
    ]

    /// Reads the title block from page 1's lines and its margin stamp.
    static func read(firstPage: [TextLine], marginText: String, metadata: PDFMetadata, bodySize: Double)
        -> TitleBlock
    {
        var block = TitleBlock(authors: [])
        let top = firstPage.filter { $0.box.y0 < 400 }
        // The title: the largest type in the top of page 1, all its lines.
        // Lines without letters (a large page or line number) are no title.
        let lettered = top.filter { $0.text.contains(where: \.isLetter) }
        let largest = lettered.map(\.fontSize).max() ?? 0
        // The first run of lines in that size, each within 2 em of the last:
        // a heading set as large further down is not part of it.
        var titleLines: [TextLine] = []
        for line in lettered.filter({ abs($0.fontSize - largest) < 0.3 }).sorted(by: { $0.box.y0 < $1.box.y0 }) {
            if let last = titleLines.last, line.box.y0 - last.box.y1 > largest * 2 { break }
            titleLines.append(line)
        }
        if largest > bodySize + 1, !titleLines.isEmpty {
            block.title = Prose.join(titleLines.sorted { $0.box.y0 < $1.box.y0 }.map(\.text))
        } else if let title = metadata.title {
            block.title = title
        }
        // Authors: the lines between the title and the abstract (or first
        // heading, or the first line of running prose).
        let titleBottom = titleLines.map(\.box.y1).max() ?? 0
        let below = firstPage.filter { $0.box.y0 > titleBottom }.sorted { $0.box.y0 < $1.box.y0 }
        let stop =
            below.first {
                // `1 Technical University of …` in large type parses as a
                // heading; an affiliation line is none.
                SectionHeading.parse($0, bodySize: bodySize) != nil && !isInstitution($0.text)
                    || $0.text.lowercased().hasPrefix("abstract")
                    || isProse($0)
            }?.box.y0 ?? 400
        let candidates = below.filter { $0.box.y1 <= stop }
        (block.authors, block.affiliations) = people(in: candidates)
        if block.authors.isEmpty, let author = metadata.author {
            block.authors = splitNames(author).filter(looksLikeName)
        }
        // Joined as prose, so a venue broken at a hyphen reads whole.
        let pageText = Prose.join(firstPage.map(\.text))
        let identifiers = marginText + " " + pageText
        if let match = identifiers.firstMatch(of: /arXiv:(\d{4}\.\d{4,5})(v\d+)?/) {
            block.arxiv = "arXiv:" + String(match.1)
            block.venue = "arXiv"
            // The stamp ends with the posting date: `… [cs.CV] 10 Dec 2015`.
            if let year = marginText.firstMatch(of: /\b(19|20)\d\d\b/) { block.year = String(year.0) }
        }
        if let doi = identifiers.firstMatch(of: /\b10\.\d{4,9}\/[^\s"<>,;]+/) {
            block.doi = String(doi.0).trimmingCharacters(in: CharacterSet(charactersIn: ".)"))
        }
        // The venue as printed: `Proceedings of the …` up to its first comma
        // or full stop, or what follows `Published as a conference paper at`.
        if let venue = pageText.firstMatch(of: /Published as a conference paper at ([^.,]{3,120})/)
            ?? pageText.firstMatch(of: /(Proceedings of [^.,]{3,120})/)
        {
            block.venue = String(venue.1).trimmingCharacters(in: .whitespaces)
            // The year printed in the phrase, or just after it (ACL's footer:
            // `Proceedings of …, pages 1–9 July 5 - 10, 2020.`).
            let after = pageText[venue.range.lowerBound...].prefix(240)
            if block.year == nil, let year = after.firstMatch(of: /\b(19|20)\d\d\b/) { block.year = String(year.0) }
        }
        if block.venue == nil, let line = venueLine(firstPage) {
            block.venue = line.venue
            if block.year == nil { block.year = line.year }
        }
        if block.year == nil { block.year = printedYear(pageText) }
        return block
    }

    /// Words naming a venue in a running header or footer.
    static let venueWords: Set<String> = [
        "conference", "proceedings", "journal", "workshop", "symposium", "transactions", "letters", "vol",
    ]

    /// Page 1's running header or footer naming a venue with a year
    /// (`2023 International Conference on Signal Systems (ICSS)`, `JOURNAL OF
    /// …, VOL. 19, NO. 12, 2021`, `35th Conference on … (CLS 2024)`): the line
    /// verbatim and its year. Or Elsevier's `Preprint submitted to <journal>`
    /// footer, whose date stands on the same row.
    static func venueLine(_ lines: [TextLine]) -> (venue: String, year: String?)? {
        let ordered = lines.sorted { $0.box.y0 < $1.box.y0 }
        guard let top = ordered.first, let bottom = ordered.last else { return nil }
        let edges = ordered.filter {
            abs($0.box.midY - top.box.midY) < 2 || abs($0.box.midY - bottom.box.midY) < 2
        }
        for line in edges {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            if let match = text.firstMatch(of: /^Preprint submitted to (.{3,80})$/) {
                let row = edges.filter { abs($0.box.midY - line.box.midY) < 2 }.map(\.text).joined(separator: " ")
                return (String(match.1), row.firstMatch(of: /\b(19|20)\d\d\b/).map { String($0.0) })
            }
            let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
            guard !words.isDisjoint(with: venueWords), let year = text.firstMatch(of: /\b(19|20)\d\d\b/),
                text.split(separator: " ").count >= 3
            else { continue }
            return (text, String(year.0))
        }
        return nil
    }

    /// A year printed as the paper's own: a copyright line (`© 2014 …`,
    /// `Copyright 2020`) or a publication date (`Published: 28 March 2026`).
    static func printedYear(_ text: String) -> String? {
        if let match = text.firstMatch(of: /(?:©|\(c\)|Copyright)\s*((?:19|20)\d\d)\b/) { return String(match.1) }
        if let match = text.firstMatch(
            of: /\bPublished:?\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b/)
        {
            return String(match.1)
        }
        return nil
    }

    /// Affiliation and footnote marks around a name: symbols, digits and
    /// their superscript forms.
    static let marks = CharacterSet(charactersIn: "*†‡§¶#0123456789∗⋆⁰¹²³⁴⁵⁶⁷⁸⁹♠♡♢♣♤♥♦♧✉★☆◇♮♯,;").union(.whitespaces)

    /// `A, B and C` → three names; footnote and affiliation marks (`*`, `†`,
    /// `♠`, digits, superscripts) removed.
    /// A name ends at `,`, `and`, `&`, and at a word ending in a mark
    /// (`Lo†∗ Lucy Lu Wang†∗`).
    static func splitNames(_ text: String) -> [String] {
        var names: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { names.append(current.joined(separator: " ")) }
            current = []
        }
        for token in text.split(separator: " ") {
            if token == "and" || token == "&" {
                flush()
                continue
            }
            for (index, piece) in token.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { flush() }
                let core = piece.trimmingCharacters(in: marks)
                if core.isEmpty {
                    if !piece.isEmpty { flush() }
                    continue
                }
                // A mark before the name closes the one before it.
                if let first = piece.unicodeScalars.first, marks.contains(first) { flush() }
                current.append(core)
                if let last = piece.unicodeScalars.last, marks.contains(last) { flush() }
            }
        }
        flush()
        return names
    }

    /// Running prose: a line of at least 5 words starting in lower case
    /// (`and` aside). Names, affiliations and addresses have few.
    static func isProse(_ line: TextLine) -> Bool {
        line.text.split(separator: " ").filter { $0 != "and" && $0.first?.isLowercase == true }.count >= 5
    }

    /// A line naming an address (`@`, `http`) or an affiliation word, or
    /// starting with an affiliation mark (`1 School of …`, `♠ Westfall
    /// College`, `a Department of …`).
    static func isAffiliation(_ text: String) -> Bool {
        isAddress(text) || isInstitution(text)
    }

    /// An e-mail or web address.
    static func isAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.contains("@") || lower.contains("http")
    }

    /// A line naming an institution (an affiliation word), or starting with
    /// an affiliation mark before a capitalised word (`1 School of …`,
    /// `♠ Westfall College`, `a Department of …`, `† Allen Institute`).
    static func isInstitution(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter }
        if words.contains(where: { affiliationWords.contains(String($0)) }) { return true }
        let tokens = text.split(separator: " ")
        guard tokens.count >= 3, let mark = tokens.first, mark.count <= 2, tokens[1].first?.isUppercase == true
        else { return false }
        return mark.unicodeScalars.allSatisfy { marks.contains($0) }
            || mark.count == 1 && mark.first?.isLowercase == true
    }

    /// The authors named in the title block's lines. The first line with a
    /// name sets the names' face and size; only lines in that face and size
    /// give names (affiliations are set in another), in reading order: row
    /// by row, left to right. Marks set small and raised after a name are
    /// dropped with the symbols and digits around it.
    static func people(in lines: [TextLine]) -> (authors: [String], affiliations: [String]) {
        var style: (font: String, size: Double)?
        var names: [String] = []
        var affiliations: [String] = []
        for row in LineBuilder.rows(lines, box: \.box) {
            for line in row.sorted(by: { $0.box.x0 < $1.box.x0 }) {
                if isAddress(line.text) { continue }
                if isInstitution(line.text) {
                    if !affiliations.contains(line.text) { affiliations.append(line.text) }
                    continue
                }
                let face = line.words.first { $0.text.contains(where: \.isLetter) }?.fontName ?? ""
                if let style, style.font != face || abs(style.size - line.fontSize) > 0.3 { continue }
                var found: [String] = []
                for segment in line.segments(gap: line.fontSize * 1.2) {
                    // A raised mark ends a name (`Boersch-Supan¹,2, ID`).
                    let text = segment.map {
                        String($0.text.unicodeScalars.dropLast($0.raisedTail)) + ($0.raisedTail > 0 ? "," : "")
                    }.joined(separator: " ")
                    found += splitNames(text).filter(looksLikeName)
                }
                guard !found.isEmpty else { continue }
                style = style ?? (face, line.fontSize)
                names += found
            }
        }
        return (names, affiliations)
    }

    /// Two to five capitalised words, no digits: a person's name.
    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count), !text.contains(where: \.isNumber) else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true }
    }
}
