/// Small helpers for writing extracted text into Markdown and YAML safely.
enum MarkdownText {
    /// A slug from the first words of `text`: `table3_error_rates_10_crop`.
    static func slug(_ text: String, words limit: Int = 4) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) || !$0.isASCII }.prefix(limit)
        let slug = words.joined(separator: "_")
        return String(slug.prefix(40))
    }

    /// A table cell: pipes escaped so the grid stays a grid.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
    }

    /// A paragraph that Markdown will not read as a heading, list or quote.
    static func paragraph(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "#>-+*|=`~<".contains(first) { return "\\" + text }
        // `1. ` or `1) ` at the start would open an ordered list.
        let digits = text.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = text.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") {
                return String(digits) + "\\" + rest
            }
        }
        return text
    }

    /// The first sentence of a caption body, for a heading (at most 90 characters).
    static func headline(_ text: String) -> String {
        var sentence = text
        if let end = text.range(of: ". ") { sentence = String(text[..<end.lowerBound]) }
        if sentence.hasSuffix(".") { sentence.removeLast() }
        if sentence.count > 90 { sentence = String(sentence.prefix(87)) + "…" }
        return sentence
    }

    /// A YAML double-quoted scalar.
    static func yaml(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A block id: `prefix` and the 1-based `number`, zero-padded to two
    /// digits, or three in a list of more than 99 (`RW07`, `A103`).
    static func id(_ prefix: String, _ number: Int, of count: Int) -> String {
        prefix + String(number).leftPadded(to: count > 99 ? 3 : 2)
    }

    /// A Markdown quote of verbatim text: `"…"`, inner quotes kept.
    static func quoted(_ text: String) -> String { "\"" + text + "\"" }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        String(repeating: pad, count: Swift.max(0, width - count)) + self
    }
}
