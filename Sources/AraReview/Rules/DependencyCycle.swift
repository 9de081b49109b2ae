import AraCore

/// XL004: claims that depend on each other in a circle.
struct DependencyCycle: Rule {
    let description = RuleDescription(
        code: "XL004", name: "dependency-cycle", severity: .error,
        summary: "Claim Dependencies form a cycle.",
        why: "A claim cannot rest, even indirectly, on itself; a cycle means the argument is circular.",
        example: "C02 depends on C03, and C03 depends on C02.",
        howToFix: "Remove the dependency that is not a real premise.")

    func check(_ context: ReviewContext) -> [Finding] {
        var edges: [String: [String]] = [:]
        let canonical = { (id: String) in context.claim(id)?.id ?? id }
        for claim in context.claims { edges[claim.id, default: []] += claim.dependencies.map(canonical) }
        return Cycles.find(order: context.claims.map(\.id), edges: edges).compactMap { cycle in
            guard let first = context.claims.first(where: { $0.id == cycle[0] }) else { return nil }
            let location = first.field(.dependencies)?.location ?? first.location
            return Finding(
                description, at: location,
                "claim dependencies form a cycle: \((cycle + [cycle[0]]).joined(separator: " → "))", entity: first.id)
        }
    }
}
