import Foundation

/// A user-facing failure: printed as `error: message` with exit status 2,
/// never as a stack trace.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// Progress and errors go to standard error so standard output stays parseable.
enum StandardError {
    static func write(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
