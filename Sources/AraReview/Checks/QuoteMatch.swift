/// Whether a quote occurs verbatim in a text (SPEC.md §9.4).
///
/// Runs of white space compare equal to one space (a quote of a wrapped
/// paragraph is written on one line), and an ellipsis (`…` or ` ... `) marks
/// an elision: the pieces around it must occur in order.
public enum QuoteMatch {
    public static func occurs(_ quote: String, in text: String) -> Bool {
        let haystack = collapse(text)
        var cursor = haystack.startIndex
        for piece in pieces(of: quote) {
            guard let found = haystack.range(of: piece, range: cursor..<haystack.endIndex) else { return false }
            cursor = found.upperBound
        }
        return true
    }

    static func pieces(of quote: String) -> [String] {
        collapse(quote).replacingOccurrences(of: "...", with: "…").split(separator: "…").map {
            $0.trimming(" ")
        }.filter { !$0.isEmpty }
    }

    static func collapse(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}

extension StringProtocol {
    /// The text without any of `characters` at either end.
    func trimming(_ characters: String) -> String {
        // ASCII text without a carriage return is one character a byte: trim the bytes.
        let plain = { (byte: UInt8) in byte < 0x80 && byte != 0x0D }
        if utf8.allSatisfy(plain), characters.utf8.allSatisfy(plain) {
            let set = Set(characters.utf8)
            let text = Substring(self)
            guard let first = text.utf8.firstIndex(where: { !set.contains($0) }),
                let last = text.utf8.lastIndex(where: { !set.contains($0) })
            else { return "" }
            return String(text[first...last])
        }
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
