/// What an indexed object is; `--kind` takes these names.
public enum ObjectKind: String, CaseIterable, Codable, Sendable {
    case paper, claim, experiment, heuristic, concept, problem
    case relatedWork = "related_work"
    case logic, config, evidence, node, session, observation, src, file
}

/// One searchable object: a Markdown section, a tree node, an observation, a
/// session, or a whole text file, with the lines of the file it spans.
public struct IndexedObject: Hashable, Sendable {
    /// The object's id (`C03`, `N17`, `O02`), or empty when it has none.
    public var id: String
    public var kind: ObjectKind
    public var title: String
    /// Bundle-relative path of the file that holds it.
    public var path: String
    /// 1-based line of the object's first line in that file.
    public var line: Int
    /// The object's lines as written, first line first.
    public var lines: [Substring]

    public init(id: String, kind: ObjectKind, title: String, path: String, line: Int, lines: [Substring]) {
        self.id = id
        self.kind = kind
        self.title = title
        self.path = path
        self.line = line
        self.lines = lines
    }
}
