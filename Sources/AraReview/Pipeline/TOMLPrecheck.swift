/// What `arakit.toml` is checked for before TOMLKit parses it: two kinds of
/// invalid TOML on which TOMLKit's toml++ (v3, as TOMLKit 0.6.0 vendors it)
/// fails an assertion and aborts the process, debug and release builds
/// alike, instead of reporting a parse error (both found by make fuzz):
///
/// - a control character other than tab, LF and CR, which TOML forbids
///   everywhere (`[\u{1}]`);
/// - a table header whose key starts with neither a bare-key character nor
///   a quote (`[=]`, `[[ {]]`).
///
/// The scan follows strings, comments and bracket depth, so an array line
/// that starts with `[` or a string that holds one is never taken for a header.
enum TOMLPrecheck {
    static func check(_ text: String, path: String) throws(ReviewError) {
        var scanner = Scanner(scalars: Array(text.unicodeScalars))
        if let (line, column, message) = scanner.firstProblem() {
            throw .configuration(path: path, line: line, column: column, message: "not valid TOML: \(message)")
        }
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1
        var column = 1
        /// Open `[` and `{` of values (arrays, inline tables), not of headers.
        var depth = 0
        var atLineStart = true

        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        mutating func firstProblem() -> (Int, Int, String)? {
            while index < scalars.count {
                let scalar = scalars[index]
                if let problem = control(scalar) { return problem }
                if scalar == "\n" {
                    advance()
                    atLineStart = true
                    continue
                }
                if scalar == " " || scalar == "\t" || scalar == "\r" {
                    advance()
                    continue
                }
                let startsLine = atLineStart
                atLineStart = false
                switch scalar {
                case "#":
                    while index < scalars.count, scalars[index] != "\n" {
                        if let problem = control(scalars[index]) { return problem }
                        advance()
                    }
                case "\"", "'":
                    if let problem = skipString(quote: scalar) { return problem }
                case "[" where startsLine && depth == 0:
                    if let problem = header() { return problem }
                case "[", "{":
                    depth += 1
                    advance()
                case "]", "}":
                    depth = max(0, depth - 1)
                    advance()
                default:
                    advance()
                }
            }
            return nil
        }

        /// A table header `[key]` or `[[key]]`: its first key character.
        mutating func header() -> (Int, Int, String)? {
            advance()
            skipBlanks()
            if index < scalars.count, scalars[index] == "[" {
                advance()
                skipBlanks()
            }
            guard index < scalars.count else { return nil }
            let first = scalars[index]
            if let problem = control(first) { return problem }
            let isKeyStart =
                first == "\"" || first == "'" || first == "_" || first == "-" || first == "]"
                || (first.isASCII && (first.properties.isAlphabetic || ("0"..."9").contains(first)))
            guard isKeyStart else {
                return (line, column, "a table header must start with a key (a bare key or a quoted one)")
            }
            // The rest of the header line holds no value: skip to its end.
            while index < scalars.count, scalars[index] != "\n" {
                if let problem = control(scalars[index]) { return problem }
                advance()
            }
            return nil
        }

        /// Skips a basic or literal string, one-line or multi-line.
        mutating func skipString(quote: Unicode.Scalar) -> (Int, Int, String)? {
            let isMultiLine = index + 2 < scalars.count && scalars[index + 1] == quote && scalars[index + 2] == quote
            let delimiter = isMultiLine ? 3 : 1
            for _ in 0..<delimiter { advance() }
            while index < scalars.count {
                let scalar = scalars[index]
                if let problem = control(scalar) { return problem }
                if quote == "\"" && scalar == "\\" {
                    advance()
                    if index < scalars.count, control(scalars[index]) == nil { advance() }
                    continue
                }
                if scalar == "\n" && !isMultiLine { return nil }
                if scalar == quote
                    && (!isMultiLine
                        || (index + 2 < scalars.count && scalars[index + 1] == quote && scalars[index + 2] == quote))
                {
                    for _ in 0..<delimiter { advance() }
                    return nil
                }
                advance()
            }
            return nil
        }

        mutating func skipBlanks() {
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { advance() }
        }

        func control(_ scalar: Unicode.Scalar) -> (Int, Int, String)? {
            guard scalar.value < 0x20 || scalar.value == 0x7F, scalar != "\t", scalar != "\n", scalar != "\r" else {
                return nil
            }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return (line, column, "control character U+" + String(repeating: "0", count: 4 - hex.count) + hex)
        }

        mutating func advance() {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
    }
}
