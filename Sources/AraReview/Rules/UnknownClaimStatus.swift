import AraCore

/// CL002: a Status outside the vocabulary.
struct UnknownClaimStatus: Rule {
    let description = RuleDescription(
        code: "CL002", name: "unknown-claim-status", severity: .error,
        summary: "A claim's Status is not hypothesis, supported, partially supported or refuted.",
        why: "Readers and tools filter claims by status; an unknown word hides how well the claim stands.",
        example: "- **Status**: mostly true",
        howToFix: "Use one of the four values; put nuance after it (`supported (foundational)`).")

    func check(_ context: ReviewContext) -> [Finding] {
        context.claims.compactMap { claim in
            guard let field = claim.field(.status), !field.text.isEmpty, case .other(let raw) = ClaimStatus(field.text)
            else { return nil }
            return Finding(
                description, at: field.location,
                "claim \(claim.id) has status '\(raw)'; use hypothesis, supported, partially supported or refuted",
                entity: claim.id)
        }
    }
}
