import AraCore

/// XL009: two blocks with the same id.
struct DuplicateID: Rule {
    let description = RuleDescription(
        code: "XL009", name: "duplicate-id", severity: .error,
        summary:
            "Two claims, experiments, heuristics, related-work entries or observations share an id (also `C1` and `C01`).",
        why: "Every reference by id becomes ambiguous; tools silently pick the first block.",
        example: "## C04: First claim … ## C04: Another claim",
        howToFix: "Renumber the second block and update the references that meant it.")

    func check(_ context: ReviewContext) -> [Finding] {
        var findings: [Finding] = []
        for (path, prefix) in [
            (BundlePaths.claims, "C"), (BundlePaths.experiments, "E"), (BundlePaths.heuristics, "H"),
            (BundlePaths.relatedWork, "RW"),
        ] {
            let sections = context.bundle.documents[path]?.sections(withIDPrefix: prefix) ?? []
            findings += duplicates(sections.map { ($0.heading.id ?? "", $0.location) })
        }
        let observations = context.bundle.observations.compactMap { observation in
            observation.id.map { ($0, observation.location) }
        }
        findings += duplicates(observations)
        return findings
    }

    func duplicates(_ items: [(id: String, location: SourceLocation)]) -> [Finding] {
        // Keyed up to zero padding, so `C1` and `C01` collide as BlockID.sameObject says.
        var firstSeen: [String: (id: String, location: SourceLocation)] = [:]
        var findings: [Finding] = []
        for item in items {
            let key = BlockID.key(of: item.id)
            if let first = firstSeen[key] {
                findings.append(
                    Finding(
                        description, at: item.location,
                        "id \(item.id) is already used by the block at line \(first.location.line)", entity: item.id))
            } else {
                firstSeen[key] = item
            }
        }
        return findings
    }
}
