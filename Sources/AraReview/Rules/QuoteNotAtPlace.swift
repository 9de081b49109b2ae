import AraCore

/// SR003: the quote is not at the cited place.
struct QuoteNotAtPlace: Rule {
    let description = RuleDescription(
        code: "SR003", name: "quote-not-at-place", severity: .error,
        summary: "A `Sources` entry's «quote» does not occur verbatim at the cited line(s) or node field.",
        why:
            "The quote is the proof that the number was read, not recalled. If it is not there, the line moved or the quote was paraphrased.",
        example: "- 25.03 ← `evidence/tables/table2.md:9` «ResNet-34 25.30»",
        howToFix: """
            Copy the words exactly from the cited lines. White space may differ and `…` may elide a part; \
            nothing else may.
            """)

    func check(_ context: ReviewContext) -> [Finding] {
        context.sourceEntries.compactMap { claim, entry in
            guard case .cited(let place, let quote?, _) = entry.body, !quote.trimmingWhitespace().isEmpty,
                case .text(let text) = SourceEntries.resolve(place, from: entry.location.path, context: context),
                !QuoteMatch.occurs(quote, in: text)
            else { return nil }
            return Finding(
                description, at: entry.location,
                "claim \(claim.id): the quote «\(quote.prefix(60))\(quote.count > 60 ? "…" : "")» is not at \(Self.name(place))",
                entity: claim.id)
        }
    }

    static func name(_ place: SourceEntry.Place) -> String {
        switch place {
        case .file(let path, let lines):
            lines.count == 1 ? "\(path):\(lines.lowerBound)" : "\(path):\(lines.lowerBound)-\(lines.upperBound)"
        case .node(let id, let field): "\(id):\(field)"
        case .unparsed(let text): text
        }
    }
}
