import Foundation

extension Substring {
    /// The first range of the ASCII text `needle`, exactly as Foundation's
    /// `range(of:)` finds it, searched on the bytes.
    ///
    /// Foundation compares characters, through CoreFoundation and a locale:
    /// the costliest step of reading a field label. An ASCII needle has no
    /// other canonically equivalent spelling, so Foundation can match only
    /// where its bytes are; and a match between ASCII bytes sits on
    /// character boundaries. Only a match next to a non-ASCII byte (a
    /// combining mark could join it to the needle) is left to Foundation.
    func rangeOfASCII(_ needle: String) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return range(of: needle) }
        var start = utf8.startIndex
        while let hit = utf8[start...].firstIndex(of: first) {
            let end = utf8.index(hit, offsetBy: pattern.count, limitedBy: utf8.endIndex) ?? utf8.endIndex
            if utf8[hit..<end].elementsEqual(pattern) {
                let before = hit > utf8.startIndex ? utf8[utf8.index(before: hit)] : 0
                let after = end < utf8.endIndex ? utf8[end] : 0
                return before < 0x80 && after < 0x80 ? hit..<end : range(of: needle)
            }
            start = utf8.index(after: hit)
        }
        return nil
    }
}

extension Character {
    /// `isWhitespace`, answered from the ASCII value when there is one
    /// (`\r\n` answers 10): the property itself looks up Unicode's tables
    /// for every character, and word splits ask it of every character.
    @inlinable public var isWhitespaceFast: Bool {
        guard let ascii = asciiValue else { return isWhitespace }
        return ascii == 0x20 || (ascii >= 0x09 && ascii <= 0x0D)
    }
}

extension UInt8 {
    /// A–Z or a–z: what `isLetter` (and Unicode's Alphabetic property) says
    /// of an ASCII byte, without asking the Unicode tables.
    @inlinable public var isASCIILetter: Bool {
        (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z")
    }
}
