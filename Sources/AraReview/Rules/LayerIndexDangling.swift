import AraCore

/// ST004: the Layer Index names a file that is not there.
struct LayerIndexDangling: Rule {
    let description = RuleDescription(
        code: "ST004", name: "layer-index-dangling", severity: .error,
        summary: "The Layer Index links a file or directory that does not exist in the bundle.",
        why: "A reader following the index hits a dead link; usually a file was renamed or never written.",
        example: "`- [solution/heuristics.md](logic/solution/heuristics.md)` with no such file.",
        howToFix: "Correct the path, add the file, or remove the entry.")

    func check(_ context: ReviewContext) -> [Finding] {
        guard let manifest = context.bundle.manifest else { return [] }
        return manifest.layerIndex.compactMap { reference in
            guard !reference.path.hasPrefix("/"), context.resolve(reference, from: BundlePaths.manifest) == nil
            else { return nil }
            return Finding(
                description, at: reference.location, "the Layer Index names \(reference.path), which does not exist")
        }
    }
}
