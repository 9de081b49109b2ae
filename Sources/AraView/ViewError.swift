import AraCore

/// What stops a render or a server, with what to do about it.
public enum ViewError: Error, Sendable, Equatable, CustomStringConvertible {
    case read(AraError)
    /// Graphviz's `dot` is not on PATH.
    case graphvizMissing
    /// `dot` failed or ran too long.
    case graphviz(String)
    /// The output directory exists and holds files, and `--force` was not given.
    case outputExists(path: String)
    /// The output directory would be inside the bundle it renders.
    case outputInsideBundle(path: String)
    case write(path: String, message: String)
    /// A folder that is neither a bundle nor holds any.
    case noBundles(path: String)
    case server(String)

    public var description: String {
        switch self {
        case .read(let error): error.description
        case .graphvizMissing:
            "Graphviz's `dot` was not found on PATH; install it (Debian: apt-get install graphviz, or `make setup`)"
        case .graphviz(let message): "Graphviz failed to lay out the exploration graph: \(message)"
        case .outputExists(let path):
            "'\(path)' already exists and is not empty; pass --force to replace it, or choose another --out"
        case .outputInsideBundle(let path):
            "'\(path)' is inside the bundle being rendered; write the site outside the bundle"
        case .write(let path, let message): "\(path): \(message)"
        case .noBundles(let path):
            "'\(path)' holds no bundle: neither PAPER.md nor a folder with one (pass a bundle or a folder of bundles)"
        case .server(let message): message
        }
    }
}
