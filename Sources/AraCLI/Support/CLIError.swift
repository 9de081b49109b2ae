import Foundation

/// A user-facing failure: printed as `error: message` with exit status 2,
/// never as a stack trace.
package struct CLIError: Error, CustomStringConvertible {
    package let description: String

    package init(_ description: String) {
        self.description = description
    }
}

/// Progress and errors go to standard error so standard output stays parseable.
package enum StandardError {
    package static func write(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
