/// Why a search could not run. Every case says what failed, where, and how to mend it.
public enum SearchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A PATH argument that does not exist.
    case pathNotFound(String)
    /// A PATH that is neither a bundle nor a folder holding bundles.
    case noBundles(String)
    /// `--kind` named no kind the index knows.
    case unknownKind(String)
    /// The query has no word to look for.
    case emptyQuery
    /// The cache directory could not be created or written.
    case cacheUnusable(path: String, reason: String)
    /// SQLite refused an operation on an index file.
    case index(path: String, reason: String)

    public var description: String {
        switch self {
        case .pathNotFound(let path):
            "\(path): no such file or directory (give a bundle folder or a folder of bundles)"
        case .noBundles(let path):
            "\(path): no bundle here (a bundle is a folder holding PAPER.md or logic/)"
        case .unknownKind(let kind):
            "unknown kind '\(kind)' (choose one of: \(ObjectKind.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .emptyQuery:
            "the query has no word to search for (give at least one letter or digit)"
        case .cacheUnusable(let path, let reason):
            "\(path): cannot use the search cache (\(reason)); set ARAKIT_CACHE_DIR to a writable folder"
        case .index(let path, let reason):
            "\(path): the search index failed (\(reason)); delete the file to rebuild it"
        }
    }
}
