import AraCore

/// CL005: a universal Statement with narrow falsification criteria.
struct PossibleOverClaim: Rule {
    let description = RuleDescription(
        code: "CL005", name: "possible-over-claim", severity: .warning,
        summary:
            "A Statement asserts universal scope (any, every, all …) while its Falsification criteria name only specific settings.",
        why: """
            What a claim can be refuted by is what it really claims. If the Statement says 'any \
            architecture' and the criteria only test ResNet-34 on ImageNet, the Statement over-claims.
            """,
        example: """
            - **Statement**: Residual learning removes degradation for any network and dataset.
            - **Falsification criteria**: ResNet-34 fails to beat ResNet-18 on ImageNet.
            """,
        howToFix: "Narrow the Statement to the settings tested, or widen the criteria (and the evidence) to match it.")

    static let universalWords: Set<String> = [
        "any", "every", "arbitrary", "always", "universal", "universally", "regardless", "everywhere",
    ]
    static let universalPhrases = ["across all", "for all", "in all", "on all", "to all", "of all"]

    func check(_ context: ReviewContext) -> [Finding] {
        context.claims.compactMap { claim in
            guard let statement = claim.statement, let criteria = claim.falsificationCriteria,
                let broad = Self.universalScope(in: statement), Self.universalScope(in: criteria) == nil
            else { return nil }
            let narrow = Self.specificNames(in: criteria).filter { !statement.contains($0) }
            guard !narrow.isEmpty else { return nil }
            return Finding(
                description, at: claim.field("Statement")?.location ?? claim.location,
                "claim \(claim.id): Statement says '\(broad)' but Falsification criteria test only \(narrow.joined(separator: ", "))",
                entity: claim.id)
        }
    }

    /// The first universal word or phrase, with the word after it.
    static func universalScope(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map {
            String($0).trimming(".,;:()\"'*")
        }
        for (index, word) in words.enumerated() {
            let lowered = word.lowercased()
            let next = index + 1 < words.count ? words[index + 1] : ""
            if universalWords.contains(lowered) { return "\(word) \(next)".trimmingWhitespace() }
            if index + 1 < words.count, universalPhrases.contains("\(lowered) \(next.lowercased())") {
                let after = index + 2 < words.count ? " " + words[index + 2] : ""
                return "\(word) \(next)\(after)"
            }
        }
        return nil
    }

    /// Names of specific settings: words that mix capitals with digits or
    /// inner capitals (`ResNet-34`, `CIFAR-10`, `ImageNet`, `GPT-2`).
    static func specificNames(in text: String) -> [String] {
        var names: [String] = []
        for raw in text.split(whereSeparator: { $0.isWhitespace || ",;()[]\"'*".contains($0) }) {
            let word = String(raw).trimming(".:")
            guard word.count >= 3, let first = word.first, first.isUppercase else { continue }
            let innerCapital = word.dropFirst().contains { $0.isUppercase }
            let hasDigit = word.contains { $0.isNumber }
            let isID = HeadingParser.leadingID(word).map { $0.1.isEmpty } ?? false
            if innerCapital || hasDigit, !isID, !names.contains(word) { names.append(word) }
        }
        return names
    }
}
