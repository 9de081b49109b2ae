import CLibGit2

/// A libgit2 call failed. Carries libgit2's own message and the repository
/// (or path) it was working on, so the user can tell what and where.
public struct GitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The repository or path the operation was on.
    public var path: String
    /// What AraKit was doing ("open the repository", "walk the history").
    public var operation: String
    /// libgit2's message, or AraKit's when libgit2 gave none.
    public var message: String
    /// libgit2's error code (`GIT_ENOTFOUND` is -3), 0 when the error is AraKit's.
    public var code: Int32

    public init(path: String, operation: String, message: String, code: Int32 = 0) {
        self.path = path
        self.operation = operation
        self.message = message
        self.code = code
    }

    public var description: String { "\(path): cannot \(operation): \(message)" }

    /// The error libgit2 recorded for the failing call on this thread.
    static func last(_ code: Int32, path: String, operation: String) -> GitError {
        let message =
            git_error_last().flatMap { error in error.pointee.message.map { String(cString: $0) } }
            ?? "libgit2 error \(code)"
        return GitError(path: path, operation: operation, message: message, code: code)
    }
}
