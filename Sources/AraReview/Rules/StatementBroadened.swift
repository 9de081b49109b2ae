import AraCore

/// CL006: a Statement that leaves out a condition the claim's own title,
/// Conditions, Evidence basis or Proof carries (SPEC.md §9.7). A heuristic.
struct StatementBroadened: Rule {
    let workload = RuleWorkload.comparesClaimProse
    let description = RuleDescription(
        code: "CL006", name: "statement-broadened", severity: .warning,
        summary:
            "A Statement drops a condition (a named dataset or model, a bound or range, a qualifier) that the claim's own title, Evidence basis or Proof carries (a Conditions field beside the Statement keeps it).",
        why: """
            The Statement is what readers and agents quote. When the title says 'on small arrays' or the \
            Evidence basis says 'on CIFAR-10' and the Statement says neither, the claim reads broader than \
            anything the bundle measured. This is a heuristic reading of words: the message quotes the \
            condition and the Statement for a person to judge.
            """,
        example: """
            ## C01: Insertion sort beats merge sort on small arrays
            - **Statement**: A pure-Python insertion sort takes less time per sort than a pure-Python merge sort.
            """,
        howToFix: """
            Put the condition back in the Statement ('On small arrays, …') or its Conditions field, or drop it \
            from the title and the evidence text if the claim really is general. Conditions are read from phrases \
            opened by a preposition: in the title, one holding a name mixing capitals with digits or inner \
            capitals (`CIFAR-10`, `CPython`), a number, or a scale word (small, large, few …); in the Evidence \
            basis and Proof, a name after on, under, with, using or for; any name with a lower-case letter or a \
            digit that two of the title, Falsification criteria, Evidence basis and Proof agree on; and the \
            Evidence basis's names when the Statement names no setting at all. Data points (`at n = 8`) are not \
            conditions.
            """)

    /// Prepositions that restrict a claim to a setting (`on CIFAR-10`, `under CPython`, `with GPT-2`);
    /// `across` and `over` say coverage, not restriction.
    static let scoping: Set<String> = ["on", "under", "with", "using", "for"]

    func check(_ context: ReviewContext) -> [Finding] {
        context.claims.compactMap { claim in
            guard let statement = claim.statement, !statement.isEmpty else { return nil }
            // A Conditions field states the claim's conditions beside the Statement: both are its scope.
            let scope = [statement, claim.field(.conditions)?.text].compactMap { $0 }.joined(separator: "\n")
            var dropped: [(condition: ScopeText.Condition, carrier: String)] = []
            let carriers: [(String, String?, Bool)] = [
                ("title", claim.title, true), (ClaimField.evidenceBasis.label, claim.evidenceBasis, false),
                (ClaimField.proof.label, claim.field(.proof)?.text, false),
            ]
            for (label, text, isTitle) in carriers {
                guard let text else { continue }
                for condition in ScopeText.conditions(in: text) {
                    // Evidence text is full of data points; only the settings it scopes by name are conditions.
                    if !isTitle,
                        condition.kind != .name
                            || !Self.scoping.contains(condition.phrase.split(separator: " ")[0].lowercased())
                    {
                        continue
                    }
                    // A title's condition is kept only whole (every name and number of it said);
                    // elsewhere one of its keys said is enough.
                    let kept =
                        isTitle
                        ? condition.keys.allSatisfy { ScopeText.mentions(scope, key: $0) }
                        : condition.keys.contains { ScopeText.mentions(scope, key: $0) }
                    if !kept, !dropped.contains(where: { $0.condition.keys == condition.keys }) {
                        dropped.append((condition, label))
                    }
                }
            }
            // A setting the claim's other fields agree on: named in two of title, Falsification criteria,
            // Evidence basis and Proof, however it is introduced.
            var seen: [String: [String]] = [:]
            for (label, text) in [
                ("title", claim.title), (ClaimField.falsificationCriteria.label, claim.falsificationCriteria),
                (ClaimField.evidenceBasis.label, claim.evidenceBasis),
                (ClaimField.proof.label, claim.field(.proof)?.text),
            ] {
                // An all-capital word (`ARA`, `BLEU`) is more often the subject or a metric than a setting.
                for name in ScopeText.specificNames(in: text ?? "")
                where name.contains(where: { $0.isLowercase || $0.isNumber }) && !(seen[name]?.contains(label) ?? false)
                {
                    seen[name, default: []].append(label)
                }
            }
            // A Statement that names no setting at all, while its evidence names some, has dropped them.
            let scopeNamesNone = !ScopeText.specificNames(in: scope).contains(where: ScopeText.isSettingName)
            for (name, labels) in seen.sorted(by: { $0.key < $1.key })
            where labels.count >= 2 || (scopeNamesNone && labels.contains(ClaimField.evidenceBasis.label)) {
                guard !ScopeText.mentions(scope, key: name),
                    !dropped.contains(where: { $0.condition.keys.contains(name) })
                else { continue }
                dropped.append(
                    (ScopeText.Condition(kind: .name, phrase: name, keys: [name]), labels.joined(separator: " and ")))
            }
            guard !dropped.isEmpty else { return nil }
            let listed = dropped.prefix(3).map {
                "'\(ScopeText.quote($0.condition.phrase, limit: 60))' (\($0.carrier))"
            }
            return Finding(
                description, at: claim.field(.statement)?.location ?? claim.location,
                "claim \(claim.id): Statement '\(ScopeText.quote(statement))' drops \(listed.joined(separator: ", "))",
                entity: claim.id)
        }
    }
}
