/// Failures that stop an operation. Content problems are ``Diagnostic``s instead;
/// these are only for what makes reading or writing impossible.
public enum AraError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bundle root does not exist.
    case bundleNotFound(path: String)
    /// The bundle root exists but is not a directory.
    case notADirectory(path: String)
    /// An operating-system call failed on `path`.
    case io(path: String, message: String)
    /// A path given to the library would leave the bundle root.
    case pathOutsideBundle(path: String)
    /// A target directory already holds files and overwriting was not asked for.
    case directoryNotEmpty(path: String)
    /// A file would be created or replaced through a symbolic link.
    case symbolicLink(path: String)
    /// Another process holds the bundle's lock (``BundleLock``).
    case locked(path: String, holder: String)

    public var description: String {
        switch self {
        case .bundleNotFound(let path):
            "no bundle at '\(path)': the directory does not exist (check the path, or create one with `arakit init \(path)`)"
        case .notADirectory(let path):
            "'\(path)' is a file, not a bundle directory (pass the folder that holds PAPER.md)"
        case .io(let path, let message):
            "\(path): \(message)"
        case .pathOutsideBundle(let path):
            "'\(path)' points outside the bundle root; AraKit never reads or writes there"
        case .directoryNotEmpty(let path):
            "'\(path)' is not empty (choose an empty or new directory, or pass --force to write into it)"
        case .locked(let path, let holder):
            "'\(path)' is being changed by another process (\(holder)); try again when it has finished"
        case .symbolicLink(let path):
            "'\(path)' is a symbolic link; AraKit does not create or replace a bundle's files through one (write to the real directory, or remove the link)"
        }
    }
}
