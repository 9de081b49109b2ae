import AraCore

/// CL005: a Statement whose scope is broader than what could refute it or
/// what its evidence covers (SPEC.md §9.7). A heuristic: it reads words, not meaning.
struct PossibleOverClaim: Rule {
    let workload = RuleWorkload.comparesClaimProse
    let description = RuleDescription(
        code: "CL005", name: "possible-over-claim", severity: .warning,
        summary:
            "A Statement asserts unbounded scope (any, every, all …) while its Falsification criteria, Evidence basis or the tables its chain reaches cover only specific settings.",
        why: """
            What a claim can be refuted by, and what its evidence covers, is what it really claims. If the \
            Statement says 'any architecture' and the criteria only test ResNet-34 on ImageNet, or 'any size' \
            while the tables stop at n = 256, the Statement over-claims. This is a heuristic reading of words: \
            the message quotes both sides for a person to judge.
            """,
        example: """
            - **Statement**: Residual learning removes degradation for any network and dataset.
            - **Falsification criteria**: ResNet-34 fails to beat ResNet-18 on ImageNet.
            """,
        howToFix: """
            Narrow the Statement to the settings tested, or bound its quantifier by them ('every tested size', \
            'all sizes up to 256', 'on all of CIFAR-10 and ImageNet'), or widen the criteria and the evidence to \
            match it. A negated quantifier ('not all') is not scope.
            """)

    func check(_ context: ReviewContext) -> [Finding] {
        context.claims.compactMap { claim in
            guard let statement = claim.statement, let broad = ScopeText.universalScope(in: statement) else {
                return nil
            }
            var narrow: [String] = []
            for (label, text) in [
                (ClaimField.falsificationCriteria.label, claim.falsificationCriteria),
                (ClaimField.evidenceBasis.label, claim.evidenceBasis),
                (ClaimField.proof.label, claim.field(.proof)?.text),
            ] {
                // A side quantifying over the same thing claims as much as the Statement.
                guard let text else { continue }
                if let other = ScopeText.universalScope(in: text),
                    other.split(separator: " ").dropFirst().first?.lowercased()
                        == broad.split(separator: " ").dropFirst().first?.lowercased()
                {
                    continue
                }
                // Settings named on the narrow side, whether or not the Statement names them too: an
                // unbounded quantifier reaches past them either way.
                let names = ScopeText.specificNames(in: text).filter(ScopeText.isSettingName)
                let bounds =
                    ScopeText.conditions(in: text).filter { $0.kind == .bound }.map(\.phrase)
                    + ScopeText.thresholds(in: text)
                var parts: [String] = []
                if !names.isEmpty { parts.append(names.prefix(4).joined(separator: ", ")) }
                parts += bounds.prefix(2).map { "'\(ScopeText.quote($0, limit: 60))'" }
                if !parts.isEmpty { narrow.append("\(label) names only \(parts.joined(separator: "; "))") }
            }
            if let rows = Self.tableSide(claim, scope: broad, context: context) { narrow.append(rows) }
            guard !narrow.isEmpty else { return nil }
            return Finding(
                description, at: claim.field(.statement)?.location ?? claim.location,
                "claim \(claim.id): Statement says '\(broad)' but its \(narrow.joined(separator: "; its "))",
                entity: claim.id)
        }
    }

    /// The tables the claim's chain reaches, when a column is headed by the
    /// noun the quantifier ranges over (`any size` ↔ `size`): how far its rows go.
    static func tableSide(_ claim: Claim, scope: String, context: ReviewContext) -> String? {
        let nouns = scope.split(separator: " ").dropFirst().map { TextMatch.words(String($0)) }
            .filter { $0.count >= 3 }
        guard !nouns.isEmpty else { return nil }
        let text = [claim.statement, claim.evidenceBasis].compactMap { $0 }.joined(separator: "\n")
        let chain = EvidenceChain.walk(claim, text: text, context: context, objects: context.evidenceObjects)
        for path in chain.files {
            for table in context.bundle.evidenceTables[path] ?? [] {
                for (column, header) in table.header.enumerated() {
                    let words = TextMatch.words(header).split(separator: " ").map(String.init)
                    guard
                        words.contains(where: { word in
                            nouns.contains { noun in
                                let stem = String(noun.prefix(4))
                                return word.count >= 3 && (word.hasPrefix(stem) || noun.hasPrefix(word))
                            }
                        })
                    else { continue }
                    let cells = table.rows.compactMap { $0.count > column ? $0[column] : nil }
                        .filter { !$0.trimmingWhitespace().isEmpty }
                    guard let first = cells.first, let last = cells.last else { continue }
                    return "tables stop at \(cells.count) rows of '\(header)' (\(first) … \(last), \(path))"
                }
            }
        }
        return nil
    }
}
