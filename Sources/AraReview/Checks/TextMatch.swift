/// Loose text comparison for matching titles and hypotheses inside prose.
enum TextMatch {
    /// Lowercased words joined by single spaces, punctuation dropped.
    static func words(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    /// Whether `phrase` (at least `minimumWords` words) occurs in `text` as whole words.
    static func contains(_ text: String, phrase: String, minimumWords: Int = 3) -> Bool {
        let needle = words(phrase)
        guard needle.split(separator: " ").count >= minimumWords else { return false }
        return (" " + words(text) + " ").contains(" " + needle + " ")
    }
}
