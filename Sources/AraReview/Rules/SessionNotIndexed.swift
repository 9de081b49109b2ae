import AraCore

/// TR009: a session record the index does not list.
struct SessionNotIndexed: Rule {
    let description = RuleDescription(
        code: "TR009", name: "session-not-indexed", severity: .warning,
        summary: "A session record under trace/sessions/ is not listed in session_index.yaml.",
        why: "Agents read the index to find sessions; an unlisted one is invisible to them.",
        example: "trace/sessions/2026-03-15_001.yaml with no matching index entry.",
        howToFix: "Add `- id: \"2026-03-15_001\"` with its timestamp and summary to the index.")

    func check(_ context: ReviewContext) -> [Finding] {
        guard context.paths.contains(BundlePaths.sessionIndex) else { return [] }
        let indexed = Set(context.bundle.sessionIndex.compactMap(\.id))
        return context.bundle.sessions.compactMap { session in
            let id = SessionFiles.id(of: session.file.path)
            guard !indexed.contains(id), !indexed.contains(session.id ?? id) else { return nil }
            return Finding(
                description, at: SourceLocation(path: session.file.path, line: 1, column: 1),
                "session \(id) is not listed in session_index.yaml", entity: id)
        }
    }
}
