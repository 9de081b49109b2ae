import AraCore
import AraGit

/// Why capture, record, promote or hooks could not do their work. Each case
/// says what went wrong, where, and how to mend it.
public enum CaptureError: Error, Sendable, Equatable, CustomStringConvertible {
    /// libgit2 failed (no repository, unknown revision, corrupt object).
    case git(GitError)
    /// A bundle file exists but cannot be edited safely.
    case unreadable(path: String, reason: String)
    /// An in-place append was refused; nothing was written.
    case edit(YAMLEditError)
    /// Writing failed.
    case write(String)
    /// A node id given on the command line or in a trailer is not in the tree.
    case unknownNode(String)
    /// An observation id is not in staging/observations.yaml.
    case unknownObservation(String)
    /// The command line asked for something the format does not allow.
    case invalid(String)

    public var description: String {
        switch self {
        case .git(let error): error.description
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .edit(let error): "\(error) (nothing was written; edit the file into plain block style, then retry)"
        case .write(let message): message
        case .unknownNode(let id): "no node '\(id)' in trace/exploration_tree.yaml (see `arakit info` for the tree)"
        case .unknownObservation(let id): "no observation '\(id)' in staging/observations.yaml"
        case .invalid(let message): message
        }
    }
}
