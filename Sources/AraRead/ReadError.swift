import AraCore

/// Why a bundle or a target could not be read; each says how to mend it.
public enum ReadError: Error, Sendable, CustomStringConvertible {
    /// The bundle root is missing or unreadable.
    case bundle(AraError)
    /// Nothing in the bundle answers to the target.
    case notFound(target: String, hint: String)
    /// The target names a path that would leave the bundle.
    case outside(target: String)
    /// `--from` names nothing in the list it should start.
    case unknownStart(from: String, target: String)

    public var description: String {
        switch self {
        case .bundle(let error):
            error.description
        case .notFound(let target, let hint):
            "'\(target)' names nothing in the bundle; \(hint)"
        case .outside(let target):
            "'\(target)' leaves the bundle; give a path inside it (as `arakit read BUNDLE src` lists them)"
        case .unknownStart(let from, let target):
            "--from \(from) is not in the list '\(target)' prints; give an id or path that list shows"
        }
    }
}
