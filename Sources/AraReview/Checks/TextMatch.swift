/// Loose text comparison for matching titles and hypotheses inside prose.
enum TextMatch {
    /// Lowercased words joined by single spaces, punctuation dropped.
    static func words(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    /// `text` prepared for whole-word searches with a ``needle(_:minimumWords:)``.
    static func haystack(_ text: String) -> String { " " + words(text) + " " }

    /// `phrase` prepared for searching, or `nil` when it has fewer than `minimumWords` words.
    static func needle(_ phrase: String, minimumWords: Int) -> String? {
        let normalized = words(phrase)
        return normalized.split(separator: " ").count >= minimumWords ? " " + normalized + " " : nil
    }
}
