/// Ids of the format's objects: `C01`, `E1`, `H12`, `O07`, `RW03`, `RW-Muon`, `N17`.
public enum BlockID {
    /// The letter prefix of an id (`RW` for `RW-Muon` and `RW03`).
    public static func prefix(of id: String) -> String {
        String(id.prefix(while: { $0.isLetter && $0.isUppercase }))
    }

    /// The number of a numbered id (`7` for `C07` and `C7`), if it has one.
    public static func number(of id: String) -> Int? {
        let digits = id.drop(while: { $0.isLetter || $0 == "-" }).prefix(while: { $0.isNumber })
        return digits.isEmpty ? nil : Int(digits)
    }

    /// Whether two ids name the same object up to zero padding (`C1` and `C01`).
    public static func sameObject(_ lhs: String, _ rhs: String) -> Bool {
        guard prefix(of: lhs) == prefix(of: rhs), let left = number(of: lhs), let right = number(of: rhs) else {
            return lhs == rhs
        }
        return left == right
    }

    /// A key equal for two ids exactly when ``sameObject(_:_:)`` holds
    /// (`C7` for `C07` and `C7`), so lookups by id cost one hash, not a scan.
    public static func key(of id: String) -> String {
        number(of: id).map { "\(prefix(of: id))\($0)" } ?? id
    }

    /// Every id of the given prefixes mentioned in free text, in order, without repeats.
    ///
    /// `[E01, E02]`, `E01.`, `C03 (negative space)` and `C01–C08` all yield their ids;
    /// a range yields only its two ends (ranges are prose, not lists).
    public static func mentions(in text: String, prefixes: Set<String>) -> [String] {
        var found: [String] = []
        var seen: Set<String> = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let atWordStart = index == 0 || !Self.isIDScalar(scalars[index - 1])
            guard atWordStart, CharacterSetASCII.isUpper(scalar) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, CharacterSetASCII.isUpper(scalars[end]) { end += 1 }
            let prefix = String(String.UnicodeScalarView(scalars[index..<end]))
            var digitsEnd = end
            while digitsEnd < scalars.count, CharacterSetASCII.isDigit(scalars[digitsEnd]) { digitsEnd += 1 }
            let followedByWord = digitsEnd < scalars.count && Self.isIDScalar(scalars[digitsEnd])
            if prefixes.contains(prefix), digitsEnd > end, !followedByWord {
                let id = String(String.UnicodeScalarView(scalars[index..<digitsEnd]))
                if seen.insert(id).inserted { found.append(id) }
            }
            index = max(digitsEnd, index + 1)
        }
        return found
    }

    private static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
        CharacterSetASCII.isUpper(scalar) || CharacterSetASCII.isDigit(scalar)
            || (scalar.value >= 97 && scalar.value <= 122)
            || scalar == "_"
    }
}

enum CharacterSetASCII {
    static func isUpper(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 65 && scalar.value <= 90 }
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }
}
