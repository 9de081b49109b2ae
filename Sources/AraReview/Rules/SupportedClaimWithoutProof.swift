import AraCore

/// CL003: a supported claim whose Proof points at nothing checkable.
struct SupportedClaimWithoutProof: Rule {
    let description = RuleDescription(
        code: "CL003", name: "supported-claim-without-proof", severity: .warning,
        summary: "A claim marked supported names no experiment and no evidence file in its Proof.",
        why: """
            'Supported' asserts that evidence exists. Without an experiment id or an evidence path the \
            reviewer has nothing to follow from the claim to the numbers.
            """,
        example: "- **Status**: supported\n- **Proof**: qualitative analysis, Section 2",
        howToFix: "Name the experiments (`[E02, E03]`) or evidence files, or set Status to hypothesis.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.claims.compactMap { claim in
            guard let status = claim.status, status == .supported || status == .partiallySupported,
                let proof = claim.field(.proof), !proof.text.isEmpty, claim.proof.isEmpty,
                EvidenceChain.paths(in: proof, context: context).isEmpty
            else { return nil }
            return Finding(
                description, at: proof.location,
                "claim \(claim.id) is supported but its Proof names no experiment or evidence file", entity: claim.id)
        }
    }
}
