import AraCore

/// ST003: PAPER.md has no Layer Index.
struct MissingLayerIndex: Rule {
    let description = RuleDescription(
        code: "ST003", name: "missing-layer-index", severity: .error,
        summary: "PAPER.md has no `Layer Index` heading.",
        why: "The Layer Index is the table of contents agents read first to decide which file to open.",
        example: "PAPER.md with front matter and an abstract but no `## Layer Index` section.",
        howToFix: "Add a `## Layer Index` section that links every file of logic/, src/, trace/ and evidence/.")

    func check(_ context: ReviewContext) -> [Finding] {
        guard let manifest = context.bundle.manifest, manifest.layerIndexSections.isEmpty else { return [] }
        return [
            Finding(
                description, at: SourceLocation(path: BundlePaths.manifest, line: 1, column: 1),
                "PAPER.md has no 'Layer Index' heading")
        ]
    }
}
