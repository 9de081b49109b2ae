import AraCore

/// ST005: a core file the Layer Index does not list.
struct CoreFileNotIndexed: Rule {
    let description = RuleDescription(
        code: "ST005", name: "core-file-not-indexed", severity: .warning,
        summary: "A core file exists but the Layer Index neither lists it nor a directory holding it.",
        why: "Agents navigate by the index; an unlisted file is effectively invisible to them.",
        example: "logic/related_work.md present, but PAPER.md's Layer Index never mentions it.",
        howToFix: "Add a line for the file to the Layer Index.")

    func check(_ context: ReviewContext) -> [Finding] {
        guard let manifest = context.bundle.manifest, let index = manifest.layerIndexSections.first else { return [] }
        let listed = manifest.layerIndex.compactMap { context.resolve($0, from: BundlePaths.manifest) }
        return BundlePaths.core.filter { path in
            path != BundlePaths.manifest && context.paths.contains(path)
                && !listed.contains { $0 == path || path.hasPrefix($0 + "/") }
        }.map { path in
            Finding(description, at: index.location, "the Layer Index does not list \(path)")
        }
    }
}
