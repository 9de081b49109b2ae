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
        let cache = self.cache
        let ranked = ParallelMap.map(bundles) { bundle in
            Result { () throws(SearchError) -> BundleMatches in
                try BundleMatches.find(in: bundle, query: query, kind: kind, limit: limit, cache: cache)
            }
        }
        var matches: [BundleMatches] = []
        for result in ranked { matches.append(try result.get()) }
        var candidates = Self.best(matches.flatMap { $0.all }, limit: limit)
        if candidates.isEmpty, query.terms.count > 1 {
            candidates = Self.best(matches.flatMap { $0.any }, limit: limit)
        }
        let hits = try candidates.map { candidate throws(SearchError) in try candidate.hit(cache: cache) }
        return SearchResult(
            query: text, hits: hits, bundles: bundles.count, indexed: matches.filter(\.rebuilt).count)
    }

    static func best(_ candidates: [Candidate], limit: Int) -> [Candidate] {
        Array(
            candidates.sorted {
                ($0.score, $0.bundle.shown, $0.path, $0.line) < ($1.score, $1.bundle.shown, $1.path, $1.line)
            }.prefix(limit))
    }
}
