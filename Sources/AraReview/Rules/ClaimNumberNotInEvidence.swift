import AraCore

/// EV011: a number a claim states that no evidence cell holds.
struct ClaimNumberNotInEvidence: Rule {
    let workload = RuleWorkload.comparesClaimProse
    let description = RuleDescription(
        code: "EV011", name: "claim-number-not-in-evidence", severity: .warning,
        summary:
            "A number in a claim's Evidence basis (or Statement, when it has none) is in no cell of the evidence tables its chain reaches.",
        why: """
            This is the check a reviewer spends most time on: does Table 2 really say 27.94? The claim's \
            chain is walked (Proof → experiments → Evidence; evidence files Proof names; `Table N` / \
            `Figure N` the text names; evidence/README.md rows that name the claim) and every cell of every \
            table reached is searched.
            """,
        example: "- **Evidence basis**: Table 2 (plain-34 = 28.45%)   while Table 2's cell says 28.54",
        howToFix: """
            Correct the number, or make the chain reach the table that holds it (cite the experiment in \
            Proof, list the file in the experiment's Evidence). Values are numbers with a decimal point or \
            % outside quotations and code spans; they match a cell equal after normalisation, a cell that \
            rounds to them, or a difference of two cells in one row or column.
            """)

    func check(_ context: ReviewContext) -> [Finding] {
        let objects = context.evidenceObjects
        var findings: [Finding] = []
        for claim in context.claims {
            guard let field = ClaimValues.field(of: claim) else { continue }
            let values = ClaimValues.values(in: field)
            guard !values.isEmpty else { continue }
            let chain = EvidenceChain.walk(claim, text: field.value, context: context, objects: objects)
            let grids = chain.files.compactMap { context.numberGrid($0) }
            let walked =
                chain.steps.isEmpty ? "Proof names no experiment or evidence file" : chain.steps.joined(separator: "; ")
            guard !grids.isEmpty else {
                findings.append(
                    Finding(
                        description, at: field.location,
                        "claim \(claim.id) states \(values.map(\.written).joined(separator: ", ")) but its chain reaches no evidence table (\(walked))",
                        entity: claim.id))
                continue
            }
            var reported: Set<String> = []
            for value in values where reported.insert(value.canonical).inserted && !Self.found(value, in: grids) {
                findings.append(
                    Finding(
                        description, at: field.location,
                        "claim \(claim.id) states \(value.written), which no cell of \(chain.files.joined(separator: ", ")) holds (\(walked))",
                        entity: claim.id))
            }
        }
        return findings
    }

    /// In a cell, or the difference of two cells of one row or one column.
    static func found(_ value: NumberToken, in grids: [NumberGrid]) -> Bool {
        grids.contains { $0.says(value) } || grids.contains { $0.hasDifference(value) }
    }
}
