import AraCore

/// Searches the bundles under some paths through their cached indexes.
public struct Searcher: Sendable {
    public var cache: IndexCache

    public init(cache: IndexCache = .fromEnvironment()) {
        self.cache = cache
    }

    /// Ranked hits for `query` over every bundle under `paths`, best first.
    ///
    /// All the query's words must occur in an object; when no object anywhere
    /// has them all, objects with any of them are ranked instead.
    public func search(paths: [String], query text: String, kind: ObjectKind? = nil, limit: Int = 10)
        throws(SearchError) -> SearchResult
    {
        let query = try SearchQuery(text)
        var bundles: [(shown: String, root: String)] = []
        for path in paths { bundles += try BundleDiscovery.bundles(in: path) }
        try cache.prepare()
        let limit = max(1, limit)
        let all = try Self.rank(bundles, query.allWords, kind: kind, limit: limit, cache: cache)
        var candidates = Self.best(all.flatMap(\.candidates), limit: limit)
        // Only when no object anywhere has every word: a second pass with any of them.
        if candidates.isEmpty, query.terms.count > 1 {
            let any = try Self.rank(bundles, query.anyWord, kind: kind, limit: limit, cache: cache)
            candidates = Self.best(any.flatMap(\.candidates), limit: limit)
        }
        let hits = try candidates.map { candidate throws(SearchError) in try candidate.hit(cache: cache) }
        return SearchResult(
            query: text, hits: hits, bundles: bundles.count, indexed: all.filter(\.rebuilt).count)
    }

    /// Each bundle's best objects for an FTS5 expression, on every core.
    static func rank(
        _ bundles: [(shown: String, root: String)], _ match: String, kind: ObjectKind?, limit: Int, cache: IndexCache
    ) throws(SearchError) -> [BundleMatches] {
        let ranked = ParallelMap.map(bundles) { bundle in
            Result { () throws(SearchError) -> BundleMatches in
                try BundleMatches.find(in: bundle, match: match, kind: kind, limit: limit, cache: cache)
            }
        }
        var matches: [BundleMatches] = []
        for result in ranked { matches.append(try result.get()) }
        return matches
    }

    static func best(_ candidates: [Candidate], limit: Int) -> [Candidate] {
        Array(
            candidates.sorted {
                ($0.score, $0.bundle.shown, $0.path, $0.line) < ($1.score, $1.bundle.shown, $1.path, $1.line)
            }.prefix(limit))
    }
}
