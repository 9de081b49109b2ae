/// One ranked match: the object, and the first line of it that matched.
public struct SearchHit: Codable, Equatable, Sendable {
    /// The bundle folder, as the PATH argument reached it.
    public var bundle: String
    public var id: String
    public var kind: ObjectKind
    public var title: String
    /// Bundle-relative path of the file.
    public var path: String
    /// 1-based line of the matching line (the object's first line when only its id or title matched).
    public var line: Int
    /// The matching line, trimmed and cut to ``maxTextCharacters``.
    public var text: String
    /// FTS5's bm25 score; lower is better (SQLite's sign).
    public var score: Double

    static let maxTextCharacters = 200
}

/// The answer to one search.
public struct SearchResult: Codable, Equatable, Sendable {
    public var query: String
    public var hits: [SearchHit]
    /// How many bundles were searched.
    public var bundles: Int
    /// How many of them had to be (re)indexed first.
    public var indexed: Int
}
