import AraCore

/// Level-2 reading of a claim's scope (SPEC.md §9.7): universal quantifiers,
/// the conditions a text carries (a named setting, a bound or range, a
/// qualifier), and negation. Heuristics, by structure only: no word list is
/// keyed to any bundle's vocabulary.
enum ScopeText {
    /// One condition a text carries: the phrase as written and the tokens that
    /// identify it (names, numbers, the qualifier word).
    struct Condition: Hashable {
        enum Kind: Hashable { case name, bound, qualifier }
        var kind: Kind
        var phrase: String
        var keys: [String]
    }

    static let universalWords: Set<String> = [
        "any", "every", "arbitrary", "always", "universal", "universally", "regardless", "everywhere", "all",
    ]
    /// Words after a quantifier that tie it to what was run: "every tested size",
    /// "all sizes up to 64", "any depth studied".
    static let restrictingWords: Set<String> = [
        "tested", "studied", "evaluated", "measured", "reported", "listed", "shown", "considered", "examined",
        "run", "tried", "swept", "sampled", "above", "below", "under", "within", "most", "least", "up", "between",
        "from", "here", "this", "these", "those", "our", "its", "their", "such", "other", "else",
    ]
    static let negations: Set<String> = [
        "not", "no", "never", "nor", "cannot", "without", "unlike", "instead", "rather", "avoid", "avoids",
        "avoided", "against", "fails", "failed", "fail", "abandon", "abandoned", "rejected", "reject", "discard",
        "discarded", "neither", "none",
    ]
    /// Prepositions that open a condition phrase.
    static let prepositions: Set<String> = [
        "on", "under", "for", "at", "with", "within", "in", "below", "above", "over", "between", "from", "across",
        "using", "to", "up", "beyond", "until", "through",
    ]
    /// Words that restrict a phrase to part of a range (scale and count words of
    /// plain English), for qualifiers like "on small arrays" or "few samples".
    static let scaleWords: Set<String> = [
        "small", "smaller", "large", "larger", "short", "shorter", "long", "longer", "tiny", "big", "huge", "few",
        "fewer", "low", "lower", "high", "higher", "shallow", "deep", "deeper", "narrow", "wide", "sparse", "dense",
        "single", "limited", "moderate", "modest", "extreme", "several", "dozen", "dozens", "hundred", "hundreds",
        "thousand", "thousands", "million", "millions", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "twelve", "most", "least", "only",
    ]
    /// Whether `character` is a boundary: `,;:()[]`, an em or an en dash.
    /// Compared, not looked up in a set of `Character`s: hashing a character
    /// normalises it, the largest cost of splitting a statement into tokens.
    static func isBoundary(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            return ascii == 0x2C || ascii == 0x3B || ascii == 0x3A || ascii == 0x28 || ascii == 0x29 || ascii == 0x5B
                || ascii == 0x5D
        }
        return character == "—" || character == "–"
    }

    /// Whether `character` ends a sentence or closes a quotation: `.!?"'*`.
    private static func isClosingMark(_ character: Character) -> Bool {
        // `\r\n` answers 10, a value neither list holds.
        guard let ascii = character.asciiValue else { return false }
        return ascii == 0x2E || ascii == 0x21 || ascii == 0x3F || ascii == 0x22 || ascii == 0x27 || ascii == 0x2A
    }

    static let phraseStops: Set<String> = [
        "that", "which", "because", "while", "whereas", "so", "but", "is", "are", "was", "were", "be", "has", "have",
        "than", "when", "where", "if", "then", "as", "does", "do",
    ]

    /// Words of `text` split on white space, each with whether a boundary
    /// (comma, semicolon, bracket, sentence end) closes it.
    static func tokens(_ text: String) -> [(word: String, closes: Bool, opens: Bool)] {
        tokens(of: text.splitWords(where: { $0.isWhitespaceFast }))
    }

    /// ``tokens(_:)`` of words already split on white space.
    static func tokens(of raws: [Substring]) -> [(word: String, closes: Bool, opens: Bool)] {
        raws.map { raw in
            var word = Substring(raw)
            let opens = word.first.map { isBoundary($0) || $0 == "\"" || $0 == "*" } ?? false
            word = word.drop(while: { isBoundary($0) || $0 == "\"" || $0 == "*" || $0 == "'" })
            var closes = false
            while let last = word.last, isBoundary(last) || isClosingMark(last) {
                if last != "." || !(word.dropLast().last?.isNumber ?? false) || word.count < 2 { closes = true }
                if last == "." { closes = true }
                word = word.dropLast()
            }
            return (String(word), closes, opens)
        }
    }

    /// The first quantifier that claims unbounded scope, with the words after
    /// it (`any input size`), or `nil`. A negated quantifier (`not all`), one
    /// restricted to what was run (`every tested size`, `all sizes up to 64`,
    /// `all of CIFAR-10 and ImageNet`) and `all` used as a pronoun after a
    /// noun are not universal scope.
    static func universalScope(in text: String) -> String? {
        // Split once: the tokens and the raw words (for brackets) come from the same split.
        let rawWords = text.splitWords(where: { $0.isWhitespaceFast })
        let allTokens = tokens(of: rawWords)
        let words = allTokens.map(\.word)
        var depth = 0
        for (index, word) in words.enumerated() {
            // A quantifier inside brackets defines a term ("projection on every shortcut"); it claims no scope.
            let (opened, closed) = brackets(in: rawWords[index])
            defer { depth = max(0, depth + opened - closed) }
            // Every quantifier starts with a, e, r or u, and no other letter lowercases to
            // one of those: most words are passed over before lowercasing.
            guard let first = word.utf8.first, quantifierInitials.contains(first) else { continue }
            let lowered = word.lowercased()
            guard universalWords.contains(lowered), depth == 0, opened == 0 else { continue }
            let previous = index > 0 ? words[index - 1].lowercased() : ""
            if negations.contains(previous) || previous.hasSuffix("n't") { continue }
            // A share (`61.5% of all requirements`, `most of all runs`) counts, it does not quantify.
            if previous == "of", index >= 2,
                isNumberWord(words[index - 2])
                    || ["most", "half", "majority", "share", "fraction", "part", "portion"].contains(
                        words[index - 2].lowercased())
            {
                continue
            }
            if lowered == "all" {
                // `all` quantifies only after a preposition (`on all datasets`) or opening a clause.
                guard ["across", "for", "in", "on", "to", "of", "over", "at", "with", "under", ""].contains(previous)
                else { continue }
            }
            // The words the quantifier governs: up to five, to the first comma or colon.
            var end = index + 1
            while end < min(allTokens.count, index + 6) {
                end += 1
                if allTokens[end - 1].closes { break }
            }
            let after = words[(index + 1)..<end]
            let restricted = after.contains { next in
                let lowered = next.lowercased()
                return restrictingWords.contains(lowered) || next.contains(where: \.isNumber)
                    || isSpecificName(next) || next.hasPrefix("≤") || next.hasPrefix("<")
            }
            if restricted { continue }
            let tail = words[(index + 1)..<min(words.count, index + 3)].joined(separator: " ")
            return "\(word) \(tail)".trimmingWhitespace()
        }
        return nil
    }

    static let quantifierInitials = Set("aAeErRuU".utf8)

    /// The opening and closing brackets (`(` `[`, `)` `]`) of a word, counted on
    /// its bytes when it is ASCII (each byte a character), else on its characters.
    static func brackets(in word: Substring) -> (opened: Int, closed: Int) {
        guard word.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
            return (
                word.reduce(0) { $0 + ($1 == "(" || $1 == "[" ? 1 : 0) },
                word.reduce(0) { $0 + ($1 == ")" || $1 == "]" ? 1 : 0) }
            )
        }
        var opened = 0
        var closed = 0
        for byte in word.utf8 {
            if byte == 0x28 || byte == 0x5B { opened += 1 } else if byte == 0x29 || byte == 0x5D { closed += 1 }
        }
        return (opened, closed)
    }

    /// Names of specific settings: words that mix capitals with digits or
    /// inner capitals (`ResNet-34`, `CIFAR-10`, `ImageNet`, `GPT-2`, `CPython`); ids excluded.
    static func specificNames(in text: String) -> [String] {
        var names: [String] = []
        for raw in nameCandidates(text) {
            let word = String(raw).trimming(".:")
            if isSpecificName(word), !names.contains(word) { names.append(word) }
        }
        return names
    }

    /// The words of `text` that could be specific names. ASCII text is split
    /// on its bytes (the same words as splitting its `Character`s, where CRLF
    /// is one whitespace), and words without a capital letter, which no name
    /// starts with, are left out: splitting and measuring every word was one
    /// of a review's largest costs.
    private static func nameCandidates(_ text: String) -> [Substring] {
        let separators = Array(",;()[]{}\"'*`".utf8) + [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D]
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            // A separator that is not whitespace is one ASCII scalar: a
            // `Character` of more never equals it.
            return text.split(whereSeparator: { character in
                character.isWhitespaceFast || (character.asciiValue.map { separators.contains($0) } ?? false)
            })
        }
        return text.utf8.split(whereSeparator: { separators.contains($0) }).compactMap { word in
            word.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) ? Substring(word) : nil
        }
    }

    /// A specific name that is a setting rather than an acronym of the subject or a metric
    /// (`ImageNet`, `CIFAR-10`, `GPT-2`; not `API`, `BLEU`).
    static func isSettingName(_ word: String) -> Bool {
        isSpecificName(word) && word.dropFirst().contains(where: { $0.isLowercase || $0.isNumber })
    }

    static func isSpecificName(_ raw: String) -> Bool {
        let word = raw.trimming(".:,;()[]{}\"'*`")
        guard word.count >= 3, let first = word.first, first.isUppercase else { return false }
        let innerCapital = word.dropFirst().contains { $0.isUppercase }
        let hasDigit = word.contains { $0.isNumber }
        // Most capitalised words are plain ones: no id or object test for them.
        guard innerCapital || hasDigit else { return false }
        let isID = HeadingParser.leadingID(word).map { $0.1.isEmpty } ?? false
        let isObject = ["Table", "Tab", "Fig", "Figure", "Section", "Eq", "Eqn"].contains {
            word.hasPrefix($0) && word.dropFirst($0.count).allSatisfy { $0.isNumber || $0 == "." }
        }
        return !isID && !isObject
    }

    /// The conditions `text` carries: phrases opened by a preposition (`on
    /// small arrays`, `under CPython`, `up to 152 layers`, `between 64 and 128`)
    /// holding a specific name, a number or a scale word. Data points
    /// (`at n = 8`), table and figure names and section numbers are not conditions.
    static func conditions(in text: String) -> [Condition] {
        let words = tokens(text)
        var found: [Condition] = []
        var index = 0
        while index < words.count {
            let lowered = words[index].word.lowercased()
            guard prepositions.contains(lowered), !words[index].closes else {
                index += 1
                continue
            }
            var phrase = [words[index].word]
            var end = index + 1
            while end < words.count, phrase.count < 7 {
                let token = words[end]
                if token.opens || phraseStops.contains(token.word.lowercased()) { break }
                phrase.append(token.word)
                end += 1
                if token.closes { break }
            }
            let body = phrase.dropFirst()
            if let condition = condition(phrase: phrase.joined(separator: " "), body: Array(body)) {
                found.append(condition)
            }
            index = max(index + 1, end)
        }
        return found
    }

    static func condition(phrase: String, body: [String]) -> Condition? {
        guard !body.isEmpty else { return nil }
        if body.contains(where: { $0 == "=" || $0.contains("=") }) { return nil }
        if let first = body.first?.lowercased(),
            ["table", "tables", "tab", "figure", "figures", "fig", "§", "section", "eq", "eqn", "appendix"].contains(
                first.trimming(".")) || first.hasPrefix("§")
        {
            return nil
        }
        let names = body.filter(isSpecificName).map { $0.trimming(".:,;()[]{}\"'*`") }
        let numbers = body.filter(isNumberWord)
        // A name's condition keeps its numbers too (`for the 110-layer CIFAR ResNet`).
        if !names.isEmpty { return Condition(kind: .name, phrase: phrase, keys: names + numbers.map(numberKey)) }
        if !numbers.isEmpty { return Condition(kind: .bound, phrase: phrase, keys: numbers.map(numberKey)) }
        if let position = body.firstIndex(where: { scaleWords.contains($0.lowercased()) }) {
            // A scale word counts with the noun after it: `small arrays`.
            let scale = body[position]
            let noun = position + 1 < body.count ? " " + body[position + 1] : ""
            return Condition(kind: .qualifier, phrase: phrase, keys: [(scale + noun).lowercased()])
        }
        return nil
    }

    /// A word that is a number, bare or with a bound sign (`64`, `~2960`, `≤0.65`,
    /// `110-layer`); not a name with digits glued to letters (`v1`, `seed0`).
    static func isNumberWord(_ word: String) -> Bool {
        let stripped = word.drop(while: { "~≤<≥>±≈+-−(".contains($0) })
        return stripped.first?.isNumber ?? false
    }

    /// Thresholds and shares written outside a phrase: a number with a comparison sign or a
    /// percent sign (`>5%`, `≥3`, `80%`), with the word before it (`exceeds 80%`).
    static func thresholds(in text: String) -> [String] {
        let words = tokens(text).map(\.word)
        return words.indices.compactMap { index in
            let word = words[index]
            guard isNumberWord(word), word.hasSuffix("%") || word.first.map("~≤<≥>".contains) == true else {
                return nil
            }
            // `plain-18 = 27.94%` is a data point, not a threshold.
            if index > 0, words[index - 1] == "=" || words[index - 1].hasSuffix("=") { return nil }
            return index > 0 ? "\(words[index - 1]) \(word)" : word
        }
    }

    /// The digits of a word with a number (`≤64` → `64`, `110-layer` → `110`).
    static func numberKey(_ word: String) -> String {
        String(word.drop(while: { !$0.isNumber }).prefix(while: { $0.isNumber || $0 == "." }))
    }

    /// Whether `text` (its words, case and punctuation ignored) holds a key:
    /// a name up to its suffix (`CIFAR` for `CIFAR-10`, and the reverse), a
    /// number as a whole number, a qualifier by its scale word.
    static func mentions(_ text: String, key: String) -> Bool {
        let words = TextMatch.words(text).split(separator: " ")
        let parts = TextMatch.words(key).split(separator: " ")
        guard !parts.isEmpty else { return false }
        // Every part said: numbers whole, words up to an ending (`ResNets` says `ResNet`).
        return parts.allSatisfy { part in
            part.allSatisfy(\.isNumber) ? words.contains(part) : words.contains { $0.hasPrefix(part) }
        }
    }

    /// Sentences of `text` (split at `.`, `!`, `?` followed by a space or the
    /// end, and at line ends), so `list.sort()` stays one word.
    static func sentences(_ text: String) -> [String] { WordSplit.sentences(text) }

    /// Whether a sentence negates or rejects what it names.
    static func negates(_ sentence: String) -> Bool { negations(in: sentence) > 0 }

    /// Whether a sentence negates what it says beyond `quoted`: the
    /// negations `quoted` itself holds ("does not compose", "rejected") are
    /// taken out first, word for word.
    static func negates(_ sentence: String, beyond quoted: String) -> Bool {
        var own: [String: Int] = [:]
        for word in WordSplit.words(quoted, keeping: .apostrophes) { own[word, default: 0] += 1 }
        var rest: [String] = []
        for word in WordSplit.words(sentence, keeping: .apostrophes) {
            if let count = own[word], count > 0 {
                own[word] = count - 1
            } else {
                rest.append(word)
            }
        }
        return negations(in: rest.joined(separator: " ")) > 0
    }

    /// How many negating or rejecting words a sentence holds.
    static func negations(in sentence: String) -> Int {
        // Unicode lowercasing is most of this test, and only a sentence with
        // "rule" in some letter case can hold the phrases (no other scalar
        // lowercases to r, u, l or e).
        let phrases =
            mentionsRule(sentence)
            ? ["rule out", "rules out", "ruled out"].filter { TextMatch.contains(sentence.lowercased(), $0) }.count : 0
        let words = WordSplit.words(sentence, keeping: .apostrophes)
        return phrases + words.filter { negations.contains($0) || endsInNot($0) }.count
    }

    /// Whether `text` holds `rule` in any ASCII letter case.
    static func mentionsRule(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4 else { return false }
        return (0...(bytes.count - 4)).contains { start in
            bytes[start] | 0x20 == UInt8(ascii: "r") && bytes[start + 1] | 0x20 == UInt8(ascii: "u")
                && bytes[start + 2] | 0x20 == UInt8(ascii: "l") && bytes[start + 3] | 0x20 == UInt8(ascii: "e")
        }
    }

    /// `n't` or `n’t` at the end; an ASCII word is asked on its bytes.
    static func endsInNot(_ word: String) -> Bool {
        guard word.utf8.contains(where: { $0 >= 0x80 }) else { return word.utf8.reversed().starts(with: "t'n".utf8) }
        return word.hasSuffix("n't") || word.hasSuffix("n’t")
    }

    /// `text` cut to `limit` characters for a message.
    static func quote(_ text: String, limit: Int = 90) -> String {
        let flat = text.splitWords(where: { $0.isWhitespaceFast }).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}
