/// Lowercased words and sentences of prose, with a fast path for ASCII text.
///
/// The rules split every claim, sentence and node into words; iterating
/// `Character`s asks Unicode's tables of every byte, which made word splitting
/// the largest cost of CL004. ASCII text (nearly all of a bundle) is split on
/// its bytes with the same result; any other text takes the `Character` path.
enum WordSplit {
    /// Which characters words are made of, besides letters.
    enum Extra {
        case none, digits, apostrophes
    }

    /// `text` lowercased and split where a character is neither a letter nor an `extra`.
    static func words(_ text: String, keeping extra: Extra = .none) -> [String] {
        if let words = asciiWords(text, keeping: extra) { return words }
        let isSeparator: (Character) -> Bool =
            switch extra {
            case .none: { !$0.isLetter }
            case .digits: { !$0.isLetter && !$0.isNumber }
            case .apostrophes: { !$0.isLetter && $0 != "'" && $0 != "’" }
            }
        return text.lowercased().split(whereSeparator: isSeparator).map(String.init)
    }

    /// The scalar path of ``words(_:keeping:)``: ASCII letters (and the
    /// kept characters) make words, ASCII others and non-ASCII punctuation,
    /// symbols and spaces separate them. Nil when a scalar could be a letter,
    /// a digit, or join the character before it (a combining mark, a
    /// joiner): only the `Character` path judges those rightly.
    private static func asciiWords(_ text: String, keeping extra: Extra) -> [String]? {
        var words: [String] = []
        // Words are gathered as UTF-8 bytes: appending scalar by scalar to a
        // string was most of the cost of splitting.
        var current: [UInt8] = []
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                let lower = byte | 0x20
                if lower >= 0x61 && lower <= 0x7A {
                    current.append(lower)
                    continue
                }
                if (extra == .digits && byte >= 0x30 && byte <= 0x39) || (extra == .apostrophes && byte == 0x27) {
                    current.append(byte)
                    continue
                }
            } else if extra == .apostrophes && value == 0x2019 {
                current += Array(String(scalar).utf8)
                continue
            } else if !separates(scalar) {
                return nil
            }
            if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// A scalar that starts a `Character` of its own: not a combining mark,
    /// a format character (joiners) or a modifier (emoji skin tones).
    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .modifierSymbol, .surrogate, .unassigned,
            .privateUse:
            false
        default: true
        }
    }

    /// Non-ASCII punctuation, symbols and spaces: never part of a word, and
    /// never joined to the character before them.
    static func separates(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .otherSymbol, .spaceSeparator:
            true
        default: false
        }
    }

    /// Sentences of `text`: split at `.`, `!`, `?` followed by whitespace or
    /// the end, and at line ends; sentences of only whitespace are dropped.
    static func sentences(_ text: String) -> [String] {
        if let sentences = asciiSentences(text) { return sentences }
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if character == "\n" || (".!?".contains(character) && next.isWhitespace) {
                if !current.trimmingWhitespace().isEmpty { result.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.trimmingWhitespace().isEmpty { result.append(current) }
        return result
    }

    /// The byte path of ``sentences(_:)``; nil for text with a carriage
    /// return (`\r\n` is one `Character`, never a line end there) or a
    /// non-ASCII scalar that is a space or may join the character before it.
    private static func asciiSentences(_ text: String) -> [String]? {
        guard
            text.unicodeScalars.allSatisfy({
                $0.value < 0x80 ? $0.value != 0x0D : !$0.properties.isWhitespace && standsAlone($0)
            })
        else { return nil }
        let bytes = Array(text.utf8)
        let isSpace = { (byte: UInt8) in byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        var result: [String] = []
        var start = 0
        func close(_ end: Int) {
            let sentence = bytes[start..<end]
            if sentence.contains(where: { !isSpace($0) }) { result.append(String(decoding: sentence, as: UTF8.self)) }
        }
        for (index, byte) in bytes.enumerated() {
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
            if byte == 0x0A || ((byte == 0x2E || byte == 0x21 || byte == 0x3F) && isSpace(next)) {
                close(index)
                start = index + 1
            }
        }
        close(bytes.count)
        return result
    }
}
