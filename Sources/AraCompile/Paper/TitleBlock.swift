import AraPDF
import Foundation

/// The paper's identity as printed on page 1: title, authors, identifiers.
struct TitleBlock: Sendable, Equatable {
    var title: String?
    var authors: [String]
    var year: String?
    var venue: String?
    var doi: String?
    var arxiv: String?

    /// Words that mark an affiliation or address line rather than names.
    static let affiliationWords = [
        "university", "institute", "research", "laboratory", "lab", "department", "school", "college", "inc",
        "corporation", "google", "microsoft", "facebook", "meta", "deepmind", "openai", "center", "centre",
        "academy", "street", "road",
    ]

    /// Reads the title block from page 1's lines and its margin stamp.
    static func read(firstPage: [TextLine], marginText: String, metadata: PDFMetadata, bodySize: Double)
        -> TitleBlock
    {
        var block = TitleBlock(authors: [])
        let top = firstPage.filter { $0.box.y0 < 400 }
        // The title: the largest type in the top of page 1, all its lines.
        let largest = top.map(\.fontSize).max() ?? 0
        let titleLines = top.filter { abs($0.fontSize - largest) < 0.3 }
        if largest > bodySize + 1, !titleLines.isEmpty {
            block.title = Prose.join(titleLines.sorted { $0.box.y0 < $1.box.y0 }.map(\.text))
        } else if let title = metadata.title {
            block.title = title
        }
        // Authors: the lines between the title and the abstract (or first heading),
        // less affiliations and addresses; names are split at wide gaps, commas and "and".
        let titleBottom = titleLines.map(\.box.y1).max() ?? 0
        let stop =
            firstPage.first {
                $0.box.y0 > titleBottom
                    && (SectionHeading.parse($0, bodySize: bodySize) != nil
                        || $0.text.lowercased().hasPrefix("abstract"))
            }?.box.y0 ?? 400
        let candidates = firstPage.filter { $0.box.y0 > titleBottom && $0.box.y1 <= stop }
        for row in LineBuilder.rows(candidates, box: \.box) {
            let text = row.map(\.text).joined(separator: " ")
            let lower = text.lowercased()
            if lower.contains("@") || lower.contains("http") { continue }
            let words = lower.split { !$0.isLetter }
            if words.contains(where: { affiliationWords.contains(String($0)) }) { continue }
            for line in row.sorted(by: { $0.box.x0 < $1.box.x0 }) {
                for segment in line.segments(gap: line.fontSize * 1.2) {
                    let joined = segment.map(\.text).joined(separator: " ")
                    for name in splitNames(joined) where looksLikeName(name) { block.authors.append(name) }
                }
            }
            if !block.authors.isEmpty { break }
        }
        if block.authors.isEmpty, let author = metadata.author {
            block.authors = splitNames(author).filter(looksLikeName)
        }
        let pageText = firstPage.map(\.text).joined(separator: " ")
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
        if let venue = pageText.firstMatch(
            of: /(?:Published as a conference paper at|In Proceedings of|Proceedings of the) ([^.]{3,80})/)
        {
            block.venue = String(venue.1).trimmingCharacters(in: .whitespaces)
            if block.year == nil, let year = venue.1.firstMatch(of: /\b(19|20)\d\d\b/) { block.year = String(year.0) }
        }
        return block
    }

    /// `A, B and C` → three names; footnote marks (`*`, `†`, digits) removed.
    static func splitNames(_ text: String) -> [String] {
        let marks = CharacterSet(charactersIn: "*†‡§¶#0123456789∗⋆").union(.whitespaces)
        return text.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: "&", with: ",")
            .split(separator: ",").map { $0.trimmingCharacters(in: marks) }.filter { !$0.isEmpty }
    }

    /// Two to five capitalised words, no digits: a person's name.
    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count), !text.contains(where: \.isNumber) else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true }
    }
}
