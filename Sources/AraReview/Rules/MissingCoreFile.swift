import AraCore

/// ST001: a file every complete bundle has is absent.
struct MissingCoreFile: Rule {
    let description = RuleDescription(
        code: "ST001", name: "missing-core-file", severity: .error,
        summary: "A core file of the bundle layout (SPEC.md §2.1) is missing.",
        why: """
            Readers and agents open these files by their fixed paths: PAPER.md first, then the claims, \
            experiments, concepts, constraints, related work, environment, exploration tree and evidence \
            index. A missing one is a layer the bundle silently lacks.
            """,
        example: "A bundle with logic/claims.md but no logic/experiments.md.",
        howToFix: """
            Create the file (`arakit init` writes a complete skeleton to copy from). If the content does not \
            exist yet, write the file with its heading and a line saying what is pending.
            """)

    func check(_ context: ReviewContext) -> [Finding] {
        BundlePaths.core.filter { !context.paths.contains($0) }.map { path in
            Finding(
                description, at: SourceLocation(path: path, line: 1, column: 1),
                context.isDirectory(path)
                    ? "core file \(path) is a directory, not a file" : "core file \(path) is missing")
        }
    }
}
