import Foundation

/// Turns a file's bytes into text the parsers can use, saying what it changed.
enum TextDecoding {
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
        if text.utf8.contains(13), text.contains("\r\n") {
            let line = text.prefix(while: { $0 != "\r\n" }).reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            text = text.replacingOccurrences(of: "\r\n", with: "\n")
            diagnostics.append(
                Diagnostic(
                    .crlfLineEndings, at: SourceLocation(path: path, line: line, column: 1),
                    "CRLF line endings read as LF"))
        }
        return (text, diagnostics)
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
