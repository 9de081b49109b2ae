import AraCore
import AraGit

/// Plain-text parts of a commit message.
enum CommitText {
    /// The message without its subject, its trailer paragraph and revert
    /// boilerplate, trimmed; nil when nothing is left.
    static func body(of commit: GitCommit) -> String? {
        var paragraphs = commit.message.splitLines()
            .dropFirst()
            .split(whereSeparator: { $0.allSatisfy(\.isWhitespaceFast) })
            .map { Array($0) }
        if let last = paragraphs.last, last.allSatisfy(isTrailerLine) { paragraphs.removeLast() }
        let kept = paragraphs.map { lines in
            lines.filter { !$0.hasPrefix("This reverts commit ") }.joined(separator: "\n")
        }.filter { !$0.isEmpty }
        let text = kept.joined(separator: "\n\n")
        return text.isEmpty ? nil : text
    }

    /// `Key: value` with a key of letters, digits and dashes (git's trailer shape).
    private static func isTrailerLine(_ line: Substring) -> Bool {
        guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else { return false }
        return line[..<colon].allSatisfy { character in
            // Answered from the ASCII value where there is one: asking a
            // Character its Unicode properties was most of a body's cost.
            guard let ascii = character.asciiValue else { return character.isLetter || character.isNumber }
            return ascii.isASCIILetter || (ascii >= UInt8(ascii: "0") && ascii <= UInt8(ascii: "9"))
                || ascii == UInt8(ascii: "-")
        }
    }
}
