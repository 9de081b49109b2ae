import AraCore

/// Session ids as the file names give them (`trace/sessions/2026-03-12_001.yaml` → `2026-03-12_001`).
enum SessionFiles {
    static func id(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return String(name.prefix(upTo: name.lastIndex(of: ".") ?? name.endIndex))
    }

    /// Ids of every session file, by file name and by the id the file states.
    static func ids(_ context: ReviewContext) -> Set<String> {
        Set(context.bundle.sessions.flatMap { [id(of: $0.file.path), $0.id].compactMap { $0 } })
    }
}
