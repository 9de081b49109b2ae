/// The few inline forms the repository documents are written with.
enum RepositoryMarkdown {
    /// `text` as a code span whose backtick fence is longer than any backtick
    /// run inside it, padded with spaces when the text starts or ends with one.
    static func code(_ text: String) -> String {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        guard longest > 0 || text.isEmpty else { return "`\(text)`" }
        let fence = String(repeating: "`", count: longest + 1)
        return "\(fence) \(text) \(fence)"
    }

    /// `1 artifact`, `4 artifacts`.
    static func count(_ number: Int, _ singular: String) -> String {
        "\(number) \(singular)\(number == 1 ? "" : "s")"
    }

    /// The lines joined as a document that ends with exactly one newline.
    static func document(_ lines: [String]) -> String {
        var text = lines.joined(separator: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        return text + "\n"
    }
}
