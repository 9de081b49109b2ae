import AraCore

/// EV007: evidence/README.md names a file that is not there.
struct IndexEntryMissing: Rule {
    let description = RuleDescription(
        code: "EV007", name: "index-entry-missing", severity: .error,
        summary: "evidence/README.md names a file or directory that is not in the bundle.",
        why: "The index promises evidence that a reader cannot open; the claims it grounds are left unchecked.",
        example: "| [tables/table9.md](tables/table9.md) | … |   (no such file)",
        howToFix: "Add the file, correct the path, or remove the entry (say in prose why the evidence is absent).")

    func check(_ context: ReviewContext) -> [Finding] {
        guard let index = context.bundle.evidenceIndex else { return [] }
        var seen: Set<String> = []
        return index.references.compactMap { reference in
            let path = reference.path
            // Links list files; a code span lists one only when it is a path (`tables/t1.md`,
            // not a bare `pruning.png` naming an object elsewhere). Patterns are not paths.
            guard reference.kind == .link || path.contains("/"), !path.contains("{"), !path.contains("*"),
                !path.contains("<"), seen.insert(path).inserted,
                !context.leavesBundle(reference), context.resolve(reference, from: BundlePaths.evidenceIndex) == nil
            else { return nil }
            return Finding(
                description, at: reference.location, "evidence/README.md names \(path), which is not in the bundle")
        }
    }
}
