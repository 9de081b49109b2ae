import AraCore

/// SR004: the value is not in its quote.
struct ValueNotInQuote: Rule {
    let description = RuleDescription(
        code: "SR004", name: "value-not-in-quote", severity: .error,
        summary: "A number of a `Sources` entry's value does not occur in its «quote».",
        why: "The quote grounds the value only if it says it; otherwise the number came from somewhere else.",
        example: "- top-1 24.19 ← `evidence/tables/table3.md:14` «ResNet-34 C | 24.91»",
        howToFix: """
            Correct the value or quote the words that state it. Numbers compare after normalising the \
            Unicode minus, thousands separators, a trailing %, a leading + and trailing zeros; a quoted \
            number with more digits that rounds to the value also matches.
            """)

    func check(_ context: ReviewContext) -> [Finding] {
        context.sourceEntries.flatMap { claim, entry -> [Finding] in
            guard case .cited(_, let quote?, _) = entry.body, !quote.isEmpty else { return [] }
            let quoted = NumberText.numbers(in: quote)
            return NumberText.numbers(in: entry.value).filter { value in
                !quoted.contains { NumberText.says($0, value) }
            }.map { value in
                Finding(
                    description, at: entry.location,
                    "claim \(claim.id): value \(value.written) does not occur in its quote", entity: claim.id)
            }
        }
    }
}
