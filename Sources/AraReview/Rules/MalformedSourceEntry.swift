import AraCore

/// SR001: a Sources entry that does not follow the entry grammar.
struct MalformedSourceEntry: Rule {
    let description = RuleDescription(
        code: "SR001", name: "malformed-source-entry", severity: .error,
        summary: "A `Sources` entry is not `value ← place «quote» [tag]` or `value ← [pending: reason]`.",
        why: """
            Each load-bearing number must carry where it comes from and the exact words there. A bare \
            path without a «quote» cannot be checked, and an entry without ← names no place at all.
            """,
        example: "- baseline 3.27658 ← `data/runs.csv:2` (baseline row)",
        howToFix: "Write `value ← path:line «exact words at that line» [result]`, or `value ← [pending: why]`.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.sourceEntries.compactMap { claim, entry in
            let problem: String
            switch entry.body {
            case .malformed: problem = "has no ← pointing at its place"
            case .cited(_, nil, _): problem = "has no «quote»; a bare place cannot be checked"
            case .cited(_, let quote?, _) where quote.trimmingWhitespace().isEmpty: problem = "has an empty «quote»"
            default: return nil
            }
            return Finding(
                description, at: entry.location, "claim \(claim.id): Sources entry '\(entry.value)' \(problem)",
                entity: claim.id)
        }
    }
}
