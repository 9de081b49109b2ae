/// TOML read a line at a time: table headers, `key = value` lines, quoted
/// strings and one-line inline tables. Enough for manifests and parameter
/// files, with every value kept as written.
enum TOMLLexing {
    /// A content line (comment stripped, trimmed) and what it declares.
    enum Line: Equatable {
        /// `[a.b]`, or `[[a.b]]` when `isArray`.
        case table([String], isArray: Bool)
        /// `a.b = value`, the value verbatim.
        case keyValue([String], String)
        case other
    }

    static func line(_ content: String) -> Line {
        if content.hasPrefix("[[") && content.hasSuffix("]]"), let path = keyPath(content.dropFirst(2).dropLast(2)) {
            return .table(path, isArray: true)
        }
        if content.hasPrefix("[") && content.hasSuffix("]"), let path = keyPath(content.dropFirst().dropLast()) {
            return .table(path, isArray: false)
        }
        var equals: String.Index?
        RepositoryLexing.forEachUnquoted(content) { index, character in
            guard character == "=" else { return true }
            equals = index
            return false
        }
        guard let equals, let key = keyPath(content[..<equals]) else { return .other }
        return .keyValue(key, RepositoryLexing.trim(content[content.index(after: equals)...]))
    }

    /// `a."b.c".d` → `["a", "b.c", "d"]`; `nil` for an empty or malformed key.
    static func keyPath(_ text: Substring) -> [String]? {
        let text = String(text)
        var cuts: [String.Index] = []
        RepositoryLexing.forEachUnquoted(text) { index, character in
            if character == "." { cuts.append(index) }
            return true
        }
        var parts: [String] = []
        var start = text.startIndex
        for cut in cuts + [text.endIndex] {
            let part = RepositoryLexing.trim(text[start..<cut])
            let quoted = part.first == "\"" || part.first == "'"
            guard !part.isEmpty, quoted || !part.contains(where: \.isWhitespace) else { return nil }
            parts.append(RepositoryLexing.unquote(part))
            if cut < text.endIndex { start = text.index(after: cut) }
        }
        return parts
    }

    /// The contents of a value that is a single-line basic or literal string.
    static func string(_ value: String) -> String? {
        guard let first = value.first, first == "\"" || first == "'", !value.hasPrefix("\"\"\""),
            !value.hasPrefix("'''")
        else { return nil }
        return RepositoryLexing.strings(in: value).first
    }

    /// The string value of `key` in a one-line inline table such as
    /// `{ version = "1.0", features = ["derive"] }`.
    static func inlineString(_ key: String, in table: String) -> String? {
        guard table.hasPrefix("{"), table.hasSuffix("}") else { return nil }
        let body = String(table.dropFirst().dropLast())
        var depth = 0
        var start = body.startIndex
        var pairs: [Substring] = []
        RepositoryLexing.forEachUnquoted(body) { index, character in
            switch character {
            case "[", "{": depth += 1
            case "]", "}": depth -= 1
            case "," where depth == 0:
                pairs.append(body[start..<index])
                start = body.index(after: index)
            default: break
            }
            return true
        }
        pairs.append(body[start...])
        for pair in pairs {
            if case .keyValue(let path, let value) = line(RepositoryLexing.trim(pair)), path == [key] {
                return string(value)
            }
        }
        return nil
    }
}
