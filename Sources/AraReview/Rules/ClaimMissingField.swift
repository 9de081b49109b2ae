import AraCore

/// CL001: a claim without one of its required fields.
struct ClaimMissingField: Rule {
    let description = RuleDescription(
        code: "CL001", name: "claim-missing-field", severity: .error,
        summary: "A claim lacks Statement, Status, Falsification criteria or Proof (or leaves one empty).",
        why: """
            A claim is only checkable with all four: what is asserted, how sure we are, what observation \
            would refute it, and which experiments test it. A claim without falsification criteria cannot \
            be falsified.
            """,
        example: "## C03: Depth helps\n- **Statement**: Deeper nets train better.\n- **Status**: supported",
        howToFix: "Add the missing `- **Field**: value` line under the claim's heading.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.claims.flatMap {
            RequiredFields.findings(description, required: RequiredFields.claim, section: $0.section, what: "claim")
        }
    }
}
