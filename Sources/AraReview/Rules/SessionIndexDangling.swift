import AraCore

/// TR008: the session index lists a session that has no record file.
struct SessionIndexDangling: Rule {
    let description = RuleDescription(
        code: "TR008", name: "session-index-dangling", severity: .warning,
        summary: "trace/sessions/session_index.yaml lists a session id with no `trace/sessions/<id>.yaml` file.",
        why: "The index promises a record of that session; a reader who follows it finds nothing.",
        example: "sessions:\n  - id: \"2026-03-14_002\"   # no 2026-03-14_002.yaml",
        howToFix: "Restore the session file, or remove the entry from the index.")

    func check(_ context: ReviewContext) -> [Finding] {
        let recorded = SessionFiles.ids(context)
        return context.bundle.sessionIndex.compactMap { entry in
            guard let id = entry.id, !recorded.contains(id) else { return nil }
            return Finding(
                description, at: entry.location, "the session index lists \(id), which has no session file",
                entity: id)
        }
    }
}
