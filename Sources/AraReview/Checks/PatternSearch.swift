import Foundation

/// Which of many patterns occur in one text, with the answer Foundation's
/// `contains` gives each (canonical equivalence, whole characters), in one
/// pass over the text per distinct pattern length instead of one per pattern.
/// EV006 asks it of every evidence file against evidence/README.md: with
/// 50,000 files, and an index listing them, one search each was quadratic.
enum PatternSearch {
    /// The members of `patterns` that occur in `text`.
    ///
    /// A pattern of ASCII bytes without a line break is matched within a line,
    /// never across one (no character is equivalent to a line feed, and a line
    /// feed is always a character boundary). In an ASCII line, equivalence and
    /// character boundaries are plain byte equality; so such a pattern is looked
    /// for as bytes in the ASCII lines, and with Foundation only in the others.
    static func found(_ patterns: Set<String>, in text: String) -> Set<String> {
        guard !text.utf8.contains(13) else { return patterns.filter { text.contains($0) } }
        let lines = text.utf8.split(separator: 10, omittingEmptySubsequences: false)
        let isASCII = { (line: Substring.UTF8View) in line.allSatisfy { $0 < 0x80 } }
        let asciiText = Array(lines.filter(isASCII).joined(separator: [10]))
        let otherText = lines.filter { !isASCII($0) }.map { String(decoding: $0, as: UTF8.self) }
            .joined(separator: "\n")
        var found: Set<String> = []
        var byLength: [Int: [String]] = [:]
        for pattern in patterns {
            if isPlain(pattern) {
                if !otherText.isEmpty, otherText.contains(pattern) { found.insert(pattern) }
                if !found.contains(pattern) { byLength[pattern.utf8.count, default: []].append(pattern) }
            } else if text.contains(pattern) {
                found.insert(pattern)
            }
        }
        for (length, group) in byLength where length <= asciiText.count {
            found.formUnion(occurring(group, length: length, in: asciiText))
        }
        return found
    }

    /// Non-empty ASCII without a line break: the patterns searched for as bytes.
    static func isPlain(_ pattern: String) -> Bool {
        !pattern.isEmpty && pattern.utf8.allSatisfy { $0 < 0x80 && $0 != 10 && $0 != 13 }
    }

    /// Rabin–Karp: the patterns (all `length` bytes long) whose bytes occur in `text`,
    /// by rolling a hash over every window and comparing bytes where a hash agrees.
    static func occurring(_ patterns: [String], length: Int, in text: [UInt8]) -> Set<String> {
        var byHash: [UInt64: [[UInt8]]] = [:]
        for pattern in patterns { byHash[hash(Array(pattern.utf8)), default: []].append(Array(pattern.utf8)) }
        var found: Set<String> = []
        // The weight of the byte that leaves the window: base^(length - 1).
        var leaving: UInt64 = 1
        for _ in 1..<length { leaving &*= base }
        var window = hash(text[0..<length])
        var start = 0
        while true {
            if let candidates = byHash[window] {
                for candidate in candidates where text[start..<start + length].elementsEqual(candidate) {
                    found.insert(String(decoding: candidate, as: UTF8.self))
                }
            }
            guard start + length < text.count, found.count < patterns.count else { return found }
            window = (window &- UInt64(text[start]) &* leaving) &* base &+ UInt64(text[start + length])
            start += 1
        }
    }

    static let base: UInt64 = 1_099_511_628_211

    static func hash(_ bytes: some Collection<UInt8>) -> UInt64 {
        bytes.reduce(0) { $0 &* base &+ UInt64($1) }
    }
}
