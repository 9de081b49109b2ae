/// Compact JSON written straight into a string, byte for byte what
/// `JSONEncoder` with sorted keys and unescaped slashes writes: a review of
/// one bundle reported through `JSONEncoder` spent more on its generic
/// encoding than several rules took to run.
public struct JSONText {
    public private(set) var text = ""

    public init() {}

    /// An object whose members are written by `body`, in the order it writes
    /// them: callers write keys sorted, as `JSONEncoder`'s `.sortedKeys` does.
    public mutating func object(_ body: (inout Members) -> Void) {
        var members = Members()
        body(&members)
        text += "{"
        text += members.written
        text += "}"
    }

    /// The members of one object, each `"key":value`, written into one
    /// string as they come: a string a member, joined at the end, was most
    /// of writing a report.
    public struct Members {
        var written = ""

        public mutating func string(_ key: String, _ value: String?) {
            start(key)
            if let value { JSONText.appendQuoted(value, to: &written) } else { written += "null" }
        }

        /// A member only when there is a value, as `JSONEncoder` writes an optional.
        public mutating func stringIfPresent(_ key: String, _ value: String?) {
            if let value { string(key, value) }
        }

        public mutating func int(_ key: String, _ value: Int) {
            start(key)
            written += String(value)
        }

        public mutating func bool(_ key: String, _ value: Bool) {
            start(key)
            written += value ? "true" : "false"
        }

        /// A value already written as JSON (a nested object or array).
        public mutating func raw(_ key: String, _ json: String) {
            start(key)
            written += json
        }

        /// The separator before every member but the first, the key and its colon.
        private mutating func start(_ key: String) {
            if !written.isEmpty { written += "," }
            JSONText.appendQuoted(key, to: &written)
            written += ":"
        }
    }

    /// ``quoted(_:)`` appended to `output`, without a string of its own when
    /// `text` needs no escape.
    static func appendQuoted(_ text: String, to output: inout String) {
        guard needsEscape(text) else {
            output += "\""
            output += text
            output += "\""
            return
        }
        output += quoted(text)
    }

    static func needsEscape(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
    }

    /// `text` as a JSON string: `"` and `\` escaped, control characters as
    /// `\b \t \n \f \r` or `\u00xx` (lower-case hex), everything else as is.
    public static func quoted(_ text: String) -> String {
        // Most text needs no escape: it is written between quotes as it is.
        guard needsEscape(text) else { return "\"" + text + "\"" }
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(text.utf8.count + 2)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }
}
