import AraCore

/// ST007: a structured file without any of its blocks.
struct MissingBlocks: Rule {
    let description = RuleDescription(
        code: "ST007", name: "missing-blocks", severity: .error,
        summary: "A structured file has none of its id-keyed blocks (`## C01: …` in claims.md, `## E01: …` …).",
        why: """
            Every tool finds claims, experiments and heuristics by their `## ID: Title` headings; a file \
            written as prose or with unrecognised headings yields zero objects.
            """,
        example: "logic/claims.md whose claims are headed `## Claim one` without ids.",
        howToFix: "Head each block `## C01: Title` (E01, H01 likewise) with the fields below it.")

    static let files: [(path: String, prefix: String, what: String)] = [
        (BundlePaths.claims, "C", "claims"), (BundlePaths.experiments, "E", "experiments"),
        (BundlePaths.heuristics, "H", "heuristics"),
    ]

    func check(_ context: ReviewContext) -> [Finding] {
        Self.files.compactMap { file in
            guard let document = context.bundle.documents[file.path],
                document.sections(withIDPrefix: file.prefix).isEmpty
            else { return nil }
            return Finding(
                description, at: SourceLocation(path: file.path, line: 1, column: 1),
                "\(file.path) has no `## \(file.prefix)01: Title` blocks, so it declares no \(file.what)")
        }
    }
}
