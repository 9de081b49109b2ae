/// Sentences that report a result: a number with a comparison, or a
/// "we show / achieve / outperform" cue. They are staged, never promoted.
enum ClaimCandidates {
    static let cues = [
        "we show", "we demonstrate", "we achieve", "we obtain", "outperform", "state-of-the-art", "state of the art",
        "improve", "better than", "faster than", "lower than", "higher than", "reduces", "won the",
    ]
    static let comparisons = ["than", "%", "×", "x faster", "relative", "improv", "reduc", "gain", "error", "accuracy"]

    static func sentences(in paragraph: String) -> [String] {
        split(paragraph).filter { sentence in
            let lower = sentence.lowercased()
            let number = sentence.contains { $0.isNumber }
            return cues.contains { lower.contains($0) } && (number || lower.contains("outperform"))
                || number && comparisons.contains { lower.contains($0) } && sentence.count > 30
        }
    }

    /// Phrases with which a paper states what did not work.
    static let failureCues = [
        "we also tried", "we also experimented", "did not improve", "does not improve", "did not help",
        "does not help", "no improvement", "degraded", "hurt performance", "hurts performance", "did not converge",
        "failed to converge", "performed worse", "was worse", "were worse", "led to worse", "unsuccessful",
    ]

    /// Sentences that state a failure (`we also tried …`, `… did not
    /// improve`, `… degraded …`): candidates for a dead end.
    static func failures(in paragraph: String) -> [String] {
        split(paragraph).filter { sentence in
            let lower = sentence.lowercased()
            return failureCues.contains { lower.contains($0) }
        }
    }

    /// Sentences of running text, split after `.`, `!` or `?` followed by a
    /// space and a capital, except after usual abbreviations.
    static func split(_ text: String) -> [String] {
        let abbreviations = ["e.g.", "i.e.", "et al.", "Fig.", "Eq.", "Eqn.", "Sec.", "vs.", "cf.", "Tab."]
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            guard ".!?".contains(character), index + 2 < characters.count, characters[index + 1] == " ",
                characters[index + 2].isUppercase
            else { continue }
            if abbreviations.contains(where: { current.hasSuffix($0) }) { continue }
            result.append(current.trimmingCharacters(in: .whitespaces))
            current = ""
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { result.append(last) }
        return result
    }
}
