/// Which kind an object is, from its id's prefix and the file that holds it.
enum ObjectKinds {
    static func kind(ofID id: String, path: String) -> ObjectKind {
        let prefix = String(id.prefix(while: { $0.isASCII && $0.isUppercase }))
        switch (prefix, path) {
        case ("C", "logic/claims.md"): return .claim
        case ("E", "logic/experiments.md"): return .experiment
        case ("H", _) where path.hasPrefix("logic/"): return .heuristic
        case ("RW", "logic/related_work.md"): return .relatedWork
        default: return kind(ofPath: path)
        }
    }

    /// The kind of an object without a telling id: its file decides.
    static func kind(ofPath path: String) -> ObjectKind {
        switch path {
        case "PAPER.md": return .paper
        case "logic/claims.md": return .claim
        case "logic/experiments.md": return .experiment
        case "logic/solution/heuristics.md": return .heuristic
        case "logic/related_work.md": return .relatedWork
        case "logic/concepts.md": return .concept
        case "logic/problem.md": return .problem
        case "trace/exploration_tree.yaml": return .node
        case "staging/observations.yaml": return .observation
        default: break
        }
        if path.hasPrefix("trace/sessions/") { return .session }
        if path.hasPrefix("src/configs/") && path.hasSuffix(".md") { return .config }
        if path.hasPrefix("evidence/") { return .evidence }
        if path.hasPrefix("logic/") { return .logic }
        if path.hasPrefix("src/") { return .src }
        return .file
    }
}
