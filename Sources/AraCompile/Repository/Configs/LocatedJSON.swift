/// A JSON value with the line each part starts on. Scalars keep their text as
/// written (strings with their quotes), so a parameter's value is verbatim.
enum LocatedJSON {
    struct Member {
        let key: String
        /// One-based line of the key.
        let line: Int
        let value: LocatedJSON
    }

    case object([Member], line: Int)
    case array([LocatedJSON], line: Int)
    /// `"text"`, `0.1`, `true` or `null`, as written.
    case scalar(String, line: Int)

    /// The first member named `key`, when this is an object.
    subscript(key: String) -> Member? {
        guard case .object(let members, _) = self else { return nil }
        return members.first { $0.key == key }
    }

    /// The decoded text, when this is a string scalar.
    var string: String? {
        guard case .scalar(let raw, _) = self, raw.hasPrefix("\"") else { return nil }
        return LocatedJSONParser.decode(raw)
    }
}

/// A small JSON reader that tracks lines. It tolerates `//` and `/* */`
/// comments (JSONC configuration files) and stops at the first error.
struct LocatedJSONParser {
    struct Failure: Error, Equatable {
        let line: Int
        let message: String
    }

    /// Nesting beyond this is refused rather than recursed into.
    static let maxDepth = 100

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1

    static func parse(_ text: String) throws(Failure) -> LocatedJSON {
        var parser = LocatedJSONParser(bytes: Array(text.utf8))
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == parser.bytes.count else { throw parser.failure("unexpected text after the JSON value") }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func failure(_ message: String) -> Failure { Failure(line: line, message: message) }

    private mutating func value(depth: Int) throws(Failure) -> LocatedJSON {
        guard depth < Self.maxDepth else { throw failure("nested deeper than \(Self.maxDepth) levels") }
        skipSpace()
        guard index < bytes.count else { throw failure("unexpected end of file") }
        let start = line
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var members: [LocatedJSON.Member] = []
            while true {
                skipSpace()
                if try closes(UInt8(ascii: "}"), after: members.isEmpty) { return .object(members, line: start) }
                let keyLine = line
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a key") }
                let key = Self.decode(try stringToken())
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':'") }
                index += 1
                members.append(LocatedJSON.Member(key: key, line: keyLine, value: try value(depth: depth + 1)))
            }
        case UInt8(ascii: "["):
            index += 1
            var elements: [LocatedJSON] = []
            while true {
                skipSpace()
                if try closes(UInt8(ascii: "]"), after: elements.isEmpty) { return .array(elements, line: start) }
                elements.append(try value(depth: depth + 1))
            }
        case UInt8(ascii: "\""):
            return .scalar(try stringToken(), line: start)
        default:
            let begin = index
            while index < bytes.count, !Self.delimiters.contains(bytes[index]) { index += 1 }
            guard index > begin else { throw failure("expected a value") }
            return .scalar(String(decoding: bytes[begin..<index], as: UTF8.self), line: start)
        }
    }

    private static let delimiters: Set<UInt8> = Set(",]}: \t\r\n/".utf8)

    /// After an element: `true` at the closing bracket, past a `,` otherwise.
    /// `first` is true before any element, where only the bracket may come.
    private mutating func closes(_ bracket: UInt8, after first: Bool) throws(Failure) -> Bool {
        guard index < bytes.count else { throw failure("unexpected end of file") }
        if bytes[index] == bracket {
            index += 1
            return true
        }
        if first { return false }
        guard bytes[index] == UInt8(ascii: ",") else { throw failure("expected ',' or '\(Character(.init(bracket)))'") }
        index += 1
        skipSpace()
        // A trailing comma before the bracket is tolerated, as JSONC allows.
        if index < bytes.count, bytes[index] == bracket {
            index += 1
            return true
        }
        return false
    }

    /// A string token, quotes included, exactly as written.
    private mutating func stringToken() throws(Failure) -> String {
        let begin = index
        index += 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: bytes[begin..<index], as: UTF8.self)
            case UInt8(ascii: "\n"): throw failure("line break inside a string")
            default: index += 1
            }
        }
        throw failure("unterminated string")
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"):
                line += 1
                index += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                index += 2
                while index < bytes.count,
                    !(bytes[index] == UInt8(ascii: "*") && index + 1 < bytes.count
                        && bytes[index + 1] == UInt8(ascii: "/"))
                {
                    if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                    index += 1
                }
                index = min(index + 2, bytes.count)
            default:
                return
            }
        }
    }

    /// A string token's text with its escapes resolved.
    static func decode(_ raw: String) -> String {
        var scalars = Array(raw.unicodeScalars.dropFirst())
        if scalars.last == "\"" { scalars.removeLast() }
        var result = String.UnicodeScalarView()
        var position = 0
        var pendingHigh: UInt32?
        while position < scalars.count {
            let scalar = scalars[position]
            position += 1
            guard scalar == "\\", position < scalars.count else {
                result.append(scalar)
                continue
            }
            let escape = scalars[position]
            position += 1
            switch escape {
            case "n": result.append("\n")
            case "t": result.append("\t")
            case "r": result.append("\r")
            case "b": result.append("\u{8}")
            case "f": result.append("\u{C}")
            case "u":
                let digits = String(String.UnicodeScalarView(scalars[position..<min(position + 4, scalars.count)]))
                position += 4
                guard let code = UInt32(digits, radix: 16) else { continue }
                if (0xD800..<0xDC00).contains(code) {
                    pendingHigh = code
                    continue
                }
                if let high = pendingHigh, (0xDC00..<0xE000).contains(code) {
                    result.append(Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)) ?? "\u{FFFD}")
                } else {
                    result.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                }
                pendingHigh = nil
            default: result.append(escape)
            }
        }
        return String(result)
    }
}
