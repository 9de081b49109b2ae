/// Compact JSON written straight into a string, byte for byte what
/// `JSONEncoder` with sorted keys and unescaped slashes writes: a review of
/// one bundle reported through `JSONEncoder` spent more on its generic
/// encoding than several rules took to run.
public struct JSONText {
    /// The bytes written so far: appending bytes to one array, rather than
    /// pieces to a string, halved writing a report (each string append
    /// checks its storage and its encoding anew).
    private var bytes: [UInt8] = []

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public init() {}

    /// An object whose members are written by `body`, in the order it writes
    /// them: callers write keys sorted, as `JSONEncoder`'s `.sortedKeys` does.
    public mutating func object(_ body: (inout Members) -> Void) {
        var members = Members()
        body(&members)
        bytes.append(UInt8(ascii: "{"))
        bytes += members.written
        bytes.append(UInt8(ascii: "}"))
    }

    /// The members of one object, each `"key":value`, written into one
    /// buffer as they come.
    public struct Members {
        var written: [UInt8] = []

        public mutating func string(_ key: String, _ value: String?) {
            start(key)
            if let value { JSONText.appendQuoted(value, to: &written) } else { written += "null".utf8 }
        }

        /// A member only when there is a value, as `JSONEncoder` writes an optional.
        public mutating func stringIfPresent(_ key: String, _ value: String?) {
            if let value { string(key, value) }
        }

        public mutating func int(_ key: String, _ value: Int) {
            start(key)
            JSONText.appendDecimal(value, to: &written)
        }

        public mutating func bool(_ key: String, _ value: Bool) {
            start(key)
            written += (value ? "true" : "false").utf8
        }

        /// A value already written as JSON (a nested object or array).
        public mutating func raw(_ key: String, _ json: String) {
            start(key)
            written += json.utf8
        }

        /// The separator before every member but the first, the key and its colon.
        private mutating func start(_ key: String) {
            if !written.isEmpty { written.append(UInt8(ascii: ",")) }
            JSONText.appendQuoted(key, to: &written)
            written.append(UInt8(ascii: ":"))
        }
    }

    /// ``quoted(_:)`` appended to `output`.
    static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        guard needsEscape(text) else {
            output.append(UInt8(ascii: "\""))
            output += text.utf8
            output.append(UInt8(ascii: "\""))
            return
        }
        output += quoted(text).utf8
    }

    /// `String(value)`'s digits, without a string of their own.
    static func appendDecimal(_ value: Int, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        let start = output.count
        var rest = value.magnitude
        repeat {
            output.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        output[start...].reverse()
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
