import AraCore

/// An object that matched in one bundle, before the line that matched is looked up.
struct Candidate: Sendable {
    var bundle: (shown: String, root: String)
    var match: String
    var rowID: Int64
    var id: String
    var kind: ObjectKind
    var title: String
    var path: String
    var line: Int
    var score: Double

    /// The hit, with the first line of the object where FTS5 highlights a match.
    func hit(cache: IndexCache) throws(SearchError) -> SearchHit {
        // The index was checked a moment ago: open it as it is. Should it have been
        // rebuilt since, the row is matched by path and line too, or shows no line.
        let database = try SQLiteDatabase(path: cache.indexPath(forRoot: bundle.root), readOnly: true)
        let statement = try database.prepare(
            """
            SELECT highlight(objects, 2, char(1), char(2)) FROM objects
            WHERE objects MATCH ?1 AND rowid = ?2 AND path = ?3 AND line = ?4
            """)
        try statement.bind([.text(match), .integer(rowID), .text(path), .integer(Int64(line))])
        let body = try statement.step() ? statement.text(0) : ""
        let lines = body.splitLines()
        let offset = lines.firstIndex { $0.contains("\u{1}") } ?? 0
        let text = lines.indices.contains(offset) ? lines[offset].filter { $0 != "\u{1}" && $0 != "\u{2}" } : ""
        return SearchHit(
            bundle: bundle.shown, id: id, kind: kind, title: title, path: path, line: line + offset,
            text: String(text.trimmingWhitespace().prefix(SearchHit.maxTextCharacters)), score: score)
    }
}

/// The best objects of one bundle for an FTS5 expression.
struct BundleMatches: Sendable {
    var candidates: [Candidate]
    var rebuilt: Bool

    static func find(
        in bundle: (shown: String, root: String), match: String, kind: ObjectKind?, limit: Int, cache: IndexCache
    ) throws(SearchError) -> BundleMatches {
        let index = try BundleIndex.open(root: bundle.root, cache: cache)
        // id, title and body weigh 10 : 5 : 1, so `C03` or a title word ranks its object first.
        let statement = try index.database.prepare(
            """
            SELECT rowid, id, kind, title, path, line, bm25(objects, 10.0, 5.0, 1.0) AS score
            FROM objects WHERE objects MATCH ?1 AND (?2 = '' OR kind = ?2) ORDER BY score LIMIT ?3
            """)
        try statement.bind([.text(match), .text(kind?.rawValue ?? ""), .integer(Int64(limit))])
        var found: [Candidate] = []
        while try statement.step() {
            found.append(
                Candidate(
                    bundle: bundle, match: match, rowID: statement.integer(0), id: statement.text(1),
                    kind: ObjectKind(rawValue: statement.text(2)) ?? .file, title: statement.text(3),
                    path: statement.text(4), line: Int(statement.integer(5)), score: statement.real(6)))
        }
        return BundleMatches(candidates: found, rebuilt: index.rebuilt)
    }
}
