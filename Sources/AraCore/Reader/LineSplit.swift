extension StringProtocol where SubSequence == Substring {
    /// The text's lines, exactly as `split(separator: "\n",
    /// omittingEmptySubsequences: false)` gives them, found on the bytes.
    ///
    /// Splitting on the `Character` walks grapheme breaks, most of the cost
    /// of many scans. A line feed is a grapheme of its own except in `\r\n`
    /// (one `Character`, which that split does not cut), so without a
    /// carriage return the bytes give the same lines; with one, the
    /// characters decide as before.
    ///
    /// Inlinable so that other modules call it specialised: the generic
    /// copy, every step through a witness table, was 4% of a review.
    @inlinable public func splitLines() -> [Substring] {
        guard !utf8.contains(0x0D) else { return split(separator: "\n", omittingEmptySubsequences: false) }
        var lines: [Substring] = []
        var start = startIndex
        while let newline = utf8[start...].firstIndex(of: 0x0A) {
            lines.append(self[start..<newline])
            start = utf8.index(after: newline)
        }
        lines.append(self[start...])
        return lines
    }
}

extension StringProtocol where SubSequence == Substring {
    /// `split(whereSeparator:)`, the same pieces, found on the bytes when
    /// every byte is a `Character` of its own (ASCII without a carriage
    /// return, which with a line feed makes one): walking grapheme breaks
    /// was most of splitting prose into words, several times per claim.
    @inlinable public func splitWords(where separates: (Character) -> Bool) -> [Substring] {
        guard utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return split(whereSeparator: separates) }
        var words: [Substring] = []
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if separates(Character(Unicode.Scalar(utf8[index]))) {
                if let first = start { words.append(self[first..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if let first = start { words.append(self[first..<endIndex]) }
        return words
    }
}

extension String {
    /// The text cut at every line feed byte, each piece its own `String`:
    /// `utf8.split(separator: 10, omittingEmptySubsequences: false)` decoded,
    /// found on one contiguous buffer. Stepping the split through the UTF-8
    /// view's indices cost a tenth of a review of a large bundle.
    public func linesAtLineFeeds() -> [String] {
        var text = self
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            for index in bytes.indices where bytes[index] == 0x0A {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        }
    }
}
