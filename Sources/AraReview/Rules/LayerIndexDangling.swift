import AraCore

/// ST004: the Layer Index names a file that is not there.
struct LayerIndexDangling: Rule {
    let description = RuleDescription(
        code: "ST004", name: "layer-index-dangling", severity: .error,
        summary: "The Layer Index links a file or directory that does not exist in the bundle.",
        why: "A reader following the index hits a dead link; usually a file was renamed or never written.",
        example: "`- [solution/heuristics.md](logic/solution/heuristics.md)` with no such file.",
        howToFix: "Correct the path, add the file, or remove the entry.")

    /// Other readings of an index entry: under the directory its heading names,
    /// or under a directory named earlier on its line (`` `sessions/` — logs + `index.yaml` ``).
    static func alternatives(_ reference: PathReference, base: String?) -> [String] {
        var result = base.map { [$0 + reference.path] } ?? []
        let parts = reference.path.split(separator: "/", omittingEmptySubsequences: false)
        let parent = parts.dropLast().map { $0 + "/" }.joined()
        let name = parts.last.map(String.init) ?? reference.path
        for (span, column) in PathReference.codeSpans(in: Substring(reference.context))
        where span.hasSuffix("/") && span != reference.path && column < reference.location.column {
            result.append(parent + span + name)
        }
        return result
    }

    func check(_ context: ReviewContext) -> [Finding] {
        guard let manifest = context.bundle.manifest else { return [] }
        return manifest.layerIndexSections.flatMap { section in
            // `### \`logic/\` — cognitive layer` makes `solution/` below it mean `logic/solution/`.
            let base = PathReference.codeSpans(in: Substring(section.heading.title)).map(\.0).first {
                $0.hasSuffix("/")
            }
            return PathReference.scan(section.items).map { (reference: $0, base: base) }
        }.compactMap { reference, base in
            guard !context.leavesBundle(reference), context.resolve(reference, from: BundlePaths.manifest) == nil,
                !Self.alternatives(reference, base: base).contains(where: {
                    context.resolve($0, kind: .codeSpan, from: BundlePaths.manifest) != nil
                })
            else { return nil }
            return Finding(
                description, at: reference.location,
                "the Layer Index names \(reference.path), which does not exist")
        }
    }
}
