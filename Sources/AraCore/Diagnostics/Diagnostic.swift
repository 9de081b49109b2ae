/// How much a diagnostic matters.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A content problem found while reading a bundle.
///
/// Content problems are never thrown: the reader records them and goes on,
/// so one bad file never hides the rest of the bundle.
public struct Diagnostic: Hashable, Sendable, Codable {
    public var code: DiagnosticCode
    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ code: DiagnosticCode, at location: SourceLocation, _ message: String) {
        self.code = code
        self.severity = code.severity
        self.location = location
        self.message = message
    }

    enum CodingKeys: String, CodingKey { case code, severity, path, line, column, message }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code.rawValue, forKey: .code)
        try container.encode(severity, forKey: .severity)
        try container.encode(location.path, forKey: .path)
        try container.encode(location.line, forKey: .line)
        try container.encode(location.column, forKey: .column)
        try container.encode(message, forKey: .message)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try container.decode(String.self, forKey: .code)
        guard let code = DiagnosticCode(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(
                forKey: .code, in: container, debugDescription: "unknown diagnostic code \(raw)")
        }
        self.code = code
        self.severity = try container.decode(Severity.self, forKey: .severity)
        self.location = SourceLocation(
            path: try container.decode(String.self, forKey: .path),
            line: try container.decode(Int.self, forKey: .line),
            column: try container.decode(Int.self, forKey: .column))
        self.message = try container.decode(String.self, forKey: .message)
    }
}

extension Diagnostic: CustomStringConvertible {
    /// `path:line:col: CODE severity: message`
    public var description: String {
        "\(location): \(code.rawValue) \(severity.rawValue): \(message)"
    }
}
