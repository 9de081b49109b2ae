#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Loose text comparison for matching titles and hypotheses inside prose.
enum TextMatch {
    /// Whether `needle`'s bytes occur in `haystack`'s. Both sides are texts
    /// the rules prepared the same way (``haystack(_:)``, ``needle(_:minimumWords:)``,
    /// code names), so byte equality is the comparison wanted; Foundation's
    /// `contains` compares by canonical equivalence and was half of a review's
    /// instructions (CL004 asks it of every sentence against every dead end).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        guard !needle.isEmpty else { return true }
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { part in
                guard let base = text.baseAddress, let partBase = part.baseAddress, part.count <= text.count else {
                    return false
                }
                // memchr finds each candidate first byte, memcmp checks the rest.
                var start = 0
                while start + part.count <= text.count {
                    guard let hit = memchr(base + start, Int32(part[0]), text.count - part.count - start + 1) else {
                        return false
                    }
                    if memcmp(hit, partBase, part.count) == 0 { return true }
                    start = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) + 1
                }
                return false
            }
        }
    }

    /// Lowercased words joined by single spaces, punctuation dropped.
    static func words(_ text: String) -> String {
        WordSplit.words(text, keeping: .digits).joined(separator: " ")
    }

    /// `text` prepared for whole-word searches with a ``needle(_:minimumWords:)``.
    static func haystack(_ text: String) -> String { " " + words(text) + " " }

    /// `phrase` prepared for searching, or `nil` when it has fewer than `minimumWords` words.
    static func needle(_ phrase: String, minimumWords: Int) -> String? {
        let normalized = words(phrase)
        return normalized.split(separator: " ").count >= minimumWords ? " " + normalized + " " : nil
    }
}
