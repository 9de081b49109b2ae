/// One entry of the paper's reference list, split into its parts where the
/// printed text makes them plain.
struct Reference: Sendable, Equatable {
    /// The entry verbatim, marker included.
    var text: String
    var authors: String?
    var title: String?
    var venue: String?
    var year: String?
    var doi: String?
    var arxiv: String?

    /// `Bengio et al., 1994`: the first author's family name, and the year.
    var shortName: String {
        let first = (authors ?? "").split(separator: ",").first.map(String.init) ?? ""
        let firstAuthor = first.components(separatedBy: " and ").first ?? first
        let family = firstAuthor.split(separator: " ").last.map(String.init) ?? "pending"
        let many = (authors ?? "").contains(",") || (authors ?? "").contains(" and ")
        return family + (many ? " et al." : "") + ", " + (year ?? "n.d.")
    }

    /// Splits a References section's text into entries: at `[N]` markers
    /// when it has them, else one entry per paragraph.
    static func entries(in paragraphs: [String]) -> [Reference] {
        // Hanging indents make each continuation line a paragraph of its
        // own; joined as prose, a word broken at a line end is whole again.
        let joined = Prose.join(paragraphs)
        var pieces: [String] = []
        if joined.firstMatch(of: #/\[\d{1,3}\] /#) != nil {
            var current = ""
            var rest = Substring(joined)
            while let match = rest.firstMatch(of: #/\[\d{1,3}\] /#) {
                current += rest[..<match.range.lowerBound]
                if !current.trimmingCharacters(in: .whitespaces).isEmpty { pieces.append(current) }
                current = String(match.0)
                rest = rest[match.range.upperBound...]
            }
            pieces.append(current + rest)
        } else {
            pieces = paragraphs
        }
        return pieces.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map(parse)
    }

    /// Authors up to the first full stop that ends more than an initial,
    /// the title to the next, the venue after; year, DOI and arXiv id by pattern.
    static func parse(_ text: String) -> Reference {
        var reference = Reference(text: text)
        var body = Substring(text)
        if let marker = body.firstMatch(of: /^\[\d{1,3}\]\s*/) { body = body[marker.range.upperBound...] }
        let sentences = splitSentences(String(body))
        if sentences.count >= 2 {
            reference.authors = sentences[0]
            reference.title = sentences[1]
            let venue = sentences.dropFirst(2).joined(separator: ". ")
            if !venue.isEmpty { reference.venue = venue }
        }
        if let years = Array(text.matches(of: /\b(19|20)\d\d\b/)).last { reference.year = String(years.0) }
        if let doi = text.firstMatch(of: /\b10\.\d{4,9}\/[^\s"<>,;]+/) {
            reference.doi = String(doi.0).trimmingCharacters(in: .init(charactersIn: ".)"))
        }
        if let arxiv = text.firstMatch(of: /arXiv[: ]+(\d{4}\.\d{4,5})/) { reference.arxiv = "arXiv:" + arxiv.1 }
        return reference
    }

    /// Sentences split at `. ` unless the word before is an initial (`Y.`)
    /// or a usual abbreviation; `et al.` ends the author list.
    static func splitSentences(_ text: String) -> [String] {
        let abbreviations: Set<String> = [
            "et", "vol", "pp", "no", "proc", "conf", "int", "eds", "ed", "e.g", "i.e",
        ]
        var result: [String] = []
        var current = ""
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        for word in words {
            current += current.isEmpty ? String(word) : " " + word
            guard word.hasSuffix(".") || word.hasSuffix("?") else { continue }
            let bare = word.dropLast()
            // An initial (`Y.`, `J.-Y.`) or an upper-case abbreviation does not end a sentence.
            let initial =
                bare.count == 1
                || bare.count <= 4 && bare.first?.isUppercase == true
                    && bare.allSatisfy { $0.isUppercase || $0 == "." || $0 == "-" }
            if initial || abbreviations.contains(bare.lowercased()) { continue }
            result.append(String(current.dropLast(word.hasSuffix(".") ? 1 : 0)))
            current = ""
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
