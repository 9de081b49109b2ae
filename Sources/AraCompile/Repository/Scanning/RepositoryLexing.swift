import Foundation

/// Line-level lexing shared by the manifest and configuration readers. They
/// scan lines rather than parse whole documents so every value keeps the line
/// it was written on.
enum RepositoryLexing {
    static func trim<S: StringProtocol>(_ text: S) -> String {
        guard let start = text.firstIndex(where: { !$0.isWhitespace }),
            let end = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[start...end])
    }

    /// Leading spaces (tabs count as one column each; YAML forbids them anyway).
    static func indent(of line: String) -> Int {
        line.prefix(while: { $0 == " " || $0 == "\t" }).count
    }

    /// Calls `body` with each character outside single- or double-quoted text
    /// (a backslash escapes inside double quotes), until it returns `false`.
    /// With `wordQuotes` a quote opens only where a word starts, so the
    /// apostrophe of a plain YAML or pip word (`don't`) opens nothing.
    static func forEachUnquoted(
        _ text: String, wordQuotes: Bool = false, _ body: (String.Index, Character) -> Bool
    ) {
        var quote: Character?
        var escaped = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                let next = text.index(after: index)
                if escaped {
                    escaped = false
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else if character == "'" && open == "'" && next < text.endIndex && text[next] == "'" {
                    // YAML writes a single quote inside single quotes as two.
                    escaped = true
                } else if character == open {
                    quote = nil
                }
            } else if (character == "\"" || character == "'") && (!wordQuotes || startsWord(text, at: index)) {
                quote = character
            } else if !body(index, character) {
                return
            }
            index = text.index(after: index)
        }
    }

    /// The line without its `#` comment. With `needsSpace` (YAML, pip) a `#`
    /// starts a comment only at the line's start or after whitespace.
    static func stripComment(_ line: String, needsSpace: Bool) -> String {
        var cut: String.Index?
        forEachUnquoted(line, wordQuotes: needsSpace) { index, character in
            guard character == "#" else { return true }
            if needsSpace && index > line.startIndex && !line[line.index(before: index)].isWhitespace { return true }
            cut = index
            return false
        }
        guard let cut else { return line }
        return String(line[..<cut])
    }

    private static func startsWord(_ text: String, at index: String.Index) -> Bool {
        guard index > text.startIndex else { return true }
        let before = text[text.index(before: index)]
        return before.isWhitespace || "[{,:=".contains(before)
    }

    /// The contents of the quoted strings on a line, in order, escapes kept as written.
    static func strings(in line: String) -> [String] {
        var found: [String] = []
        var current: String?
        var quote: Character = "\""
        var escaped = false
        for character in line {
            if var text = current {
                if escaped {
                    escaped = false
                    text.append(character)
                } else if character == "\\" && quote == "\"" {
                    escaped = true
                    text.append(character)
                } else if character == quote {
                    found.append(text)
                    current = nil
                    continue
                } else {
                    text.append(character)
                }
                current = text
            } else if character == "\"" || character == "'" {
                quote = character
                current = ""
            } else if character == "#" {
                break
            }
        }
        return found
    }

    /// Brackets and braces opened minus closed, outside quotes.
    static func bracketBalance(_ text: String) -> Int {
        var balance = 0
        forEachUnquoted(text) { _, character in
            if character == "[" || character == "{" { balance += 1 }
            if character == "]" || character == "}" { balance -= 1 }
            return true
        }
        return balance
    }

    /// The text inside one pair of matching outer quotes, or the text itself.
    static func unquote(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first else {
            return text
        }
        return String(text.dropFirst().dropLast())
    }

    /// A flow collection continued on the next line: the pieces joined by one
    /// space, none inside the brackets, so `[` `1,` `2` `]` reads `[1, 2]`.
    static func joinFlow(_ text: String, _ piece: String) -> String {
        let open = text.hasSuffix("[") || text.hasSuffix("{")
        let close = piece.hasPrefix("]") || piece.hasPrefix("}")
        return text + (open || close || piece.isEmpty ? "" : " ") + piece
    }

    /// Lines a bracketed value may continue over before it counts as unclosed.
    static let maxContinuation = 1_000

    /// A value whose brackets stay open past its line, continued over the next
    /// lines (comments stripped) and joined as by ``joinFlow(_:_:)``; `next` is
    /// the first line after it, and `closed` is false when its brackets never
    /// close within ``maxContinuation`` lines.
    static func continued(_ value: String, in lines: [String], at index: Int, needsSpace: Bool)
        -> (value: String, next: Int, closed: Bool)
    {
        var value = value
        var balance = bracketBalance(value)
        var next = index + 1
        while balance > 0 && next < min(lines.count, index + 1 + maxContinuation) {
            let piece = trim(stripComment(lines[next], needsSpace: needsSpace))
            value = joinFlow(value, piece)
            balance += bracketBalance(piece)
            next += 1
        }
        return (value, next, balance <= 0)
    }

    /// The first occurrence of an ASCII `needle`, found on UTF-8 bytes: the
    /// scanners call this on every line, where Foundation's search is slow.
    static func find(_ needle: String, in text: Substring) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        let offsets: Range<Int>?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            let last = bytes.count - pattern.count
            while start <= last {
                if bytes[start] == first {
                    var matched = 1
                    while matched < pattern.count && bytes[start + matched] == pattern[matched] { matched += 1 }
                    if matched == pattern.count { return start..<(start + pattern.count) }
                }
                start += 1
            }
            return nil
        }
        // Native strings are contiguous; a bridged one is searched the slow way.
        guard let offsets else { return text.range(of: needle) }
        guard let offsets else { return nil }
        let lower = text.utf8.index(text.startIndex, offsetBy: offsets.lowerBound)
        return lower..<text.utf8.index(lower, offsetBy: pattern.count)
    }
}
