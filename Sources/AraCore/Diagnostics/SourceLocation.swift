/// A place in a bundle: a bundle-relative path and a 1-based line and column.
///
/// Column counts Unicode scalars from the start of the line. Line 0 means "the
/// file as a whole" (for example, a file that could not be read at all).
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:col`, the form compilers and linters print.
    public var description: String { "\(path):\(line):\(column)" }
}

/// Where a model value came from, and how it was spelled there.
///
/// Origins never take part in model equality: two models are equal when they
/// say the same thing, wherever and however it was written. That is what lets
/// `read → write → read` compare equal although the writer moves lines and
/// replaces dialect spellings with canonical ones.
public struct Origin: Hashable, Sendable {
    public var location: SourceLocation
    /// The spelling found in the source when it differs from the canonical one
    /// (a key alias such as `why_failed`, a header separator such as `—`).
    public var spelling: String?

    public init(_ location: SourceLocation, spelling: String? = nil) {
        self.location = location
        self.spelling = spelling
    }

    public static func == (lhs: Origin, rhs: Origin) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
