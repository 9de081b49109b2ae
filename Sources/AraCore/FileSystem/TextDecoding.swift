import Foundation

/// Turns a file's bytes into text the parsers can use, saying what it changed.
public enum TextDecoding {
    static func decode(_ data: Data, path: String) -> (text: String, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var text: String
        if let valid = String(validating: data, as: UTF8.self) {
            text = valid
        } else {
            let position = firstInvalidByte(in: data)
            diagnostics.append(
                Diagnostic(
                    .invalidUTF8, at: SourceLocation(path: path, line: position.line, column: position.column),
                    "invalid UTF-8 byte sequence (the file must be UTF-8); replaced with U+FFFD"))
            text = String(decoding: data, as: UTF8.self)
        }
        if text.unicodeScalars.first == "\u{FEFF}" {
            text.unicodeScalars.removeFirst()
            diagnostics.append(
                Diagnostic(
                    .byteOrderMark, at: SourceLocation(path: path, line: 1, column: 1), "byte-order mark ignored"))
        }
        // Looked for in the bytes read (memchr): replacing invalid bytes and
        // dropping a byte-order mark never add or remove a carriage return.
        if data.withUnsafeBytes({ $0.baseAddress.map { memchr($0, 13, data.count) != nil } ?? false }) {
            let (unified, firstLine) = unifyLineEnds(text)
            text = unified
            diagnostics.append(
                Diagnostic(
                    .crlfLineEndings, at: SourceLocation(path: path, line: firstLine, column: 1),
                    "CRLF or CR line endings read as LF"))
        }
        return (text, diagnostics)
    }

    /// The text with every CRLF and every lone CR (old Mac files, some
    /// exporters) turned into LF, and the 1-based line of the first one: every
    /// later stage, cmark included, then counts lines the same way.
    public static func unifyLineEnds(_ text: String) -> (text: String, firstLine: Int) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var firstLine = 0
        var line = 1
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 13 {
                if firstLine == 0 { firstLine = line }
                bytes.append(10)
                line += 1
                previousWasCR = true
                continue
            }
            if byte == 10 {
                if !previousWasCR {
                    bytes.append(10)
                    line += 1
                }
            } else {
                bytes.append(byte)
            }
            previousWasCR = false
        }
        return (String(decoding: bytes, as: UTF8.self), max(firstLine, 1))
    }

    /// Line and column (in scalars) of the first byte that is not valid UTF-8.
    static func firstInvalidByte(in data: Data) -> (line: Int, column: Int) {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var line = 1
        var column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return (line, column)
            case .error:
                return (line, column)
            }
        }
    }
}
