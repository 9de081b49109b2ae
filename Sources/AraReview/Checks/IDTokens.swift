import AraCore

/// Whole-word id occurrences in a line, for padding fixes.
enum IDTokens {
    /// `C1` → `C01`; ids with two or more digits, or without a number, are unchanged.
    static func padded(_ id: String) -> String {
        let prefix = BlockID.prefix(of: id)
        let digits = id.dropFirst(prefix.count)
        guard digits.count == 1, digits.allSatisfy(\.isNumber) else { return id }
        return prefix + "0" + digits
    }

    /// `line` with every whole-word `id` replaced by `replacement`.
    static func replace(_ id: String, with replacement: String, in line: String) -> String {
        var result = ""
        var rest = Substring(line)
        while let range = rest.range(of: id) {
            let before = rest[..<range.lowerBound]
            let beforeOK =
                (before.last.map { !isWord($0) } ?? true)
                && !(before.isEmpty && result.last.map(isWord) == true)
            let afterOK = rest[range.upperBound...].first.map { !isWord($0) } ?? true
            result += before
            result += beforeOK && afterOK ? replacement : id
            rest = rest[range.upperBound...]
        }
        return result + rest
    }

    static func isWord(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// The 1-based lines a field's value occupies.
    static func lines(of field: MarkdownField) -> ClosedRange<Int> {
        let count = field.value.splitLines().count
        return field.location.line...(field.location.line + max(count, 1) - 1)
    }
}
