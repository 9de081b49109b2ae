/// Why a repository could not be scanned at all: its root is missing, is not
/// a directory, or cannot be listed. Problems below the root never throw;
/// they become `pending` sentences in the ``RepositoryScan``.
public struct RepositoryScanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path the scanner was given.
    public var path: String
    /// What went wrong and how to mend it, in one sentence.
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
