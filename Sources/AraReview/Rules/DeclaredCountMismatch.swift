import AraCore

/// ST006: a count PAPER.md states differs from the bundle.
struct DeclaredCountMismatch: Rule {
    let description = RuleDescription(
        code: "ST006", name: "declared-count-mismatch", severity: .error,
        summary: "A count the Layer Index states (`8 falsifiable claims`, `14-node DAG`) differs from the real count.",
        why: "Stated counts are how a reader judges completeness at a glance; a stale one misleads about what exists.",
        example: "`Exploration tree: 114-node DAG` while the tree holds 116 nodes.",
        howToFix: "Update the number in PAPER.md (or add the missing objects).")

    func check(_ context: ReviewContext) -> [Finding] {
        guard let manifest = context.bundle.manifest else { return [] }
        let bundle = context.bundle
        let tables = bundle.evidenceFiles.filter { $0.kind == .table }
        let actual: [DeclaredCount.Kind: Int] = [
            .claims: context.claims.count,
            .experiments: context.experiments.count,
            .concepts: bundle.concepts.count,
            .heuristics: bundle.heuristics.count,
            .nodes: context.nodes.count,
            .sessions: bundle.sessions.count,
            .observations: bundle.observations.count,
            .tables: tables.filter { !DerivedTable.isDerivedName($0.path) }.count,
            .figures: bundle.evidenceFiles.filter { $0.kind == .figure }.count,
        ]
        return manifest.declaredCounts.compactMap { declared in
            guard let real = actual[declared.kind], real != declared.value else { return nil }
            return Finding(
                description, at: declared.location,
                "PAPER.md says '\(declared.text)' but the bundle has \(real) \(declared.kind.rawValue)")
        }
    }
}
