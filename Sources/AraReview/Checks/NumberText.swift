import AraCore

/// A number as written in prose, a quote or a table cell.
public struct NumberToken: Hashable, Sendable {
    /// Canonical text: ASCII minus, no thousands separators, no `+`, no `%`,
    /// no trailing zeros after the point, a leading `0` before a bare point.
    public var canonical: String
    /// Digits after the decimal point, as written (before trailing zeros are dropped).
    public var decimals: Int
    public var isPercent: Bool
    /// The token exactly as written.
    public var written: String
    /// The text right before the token (up to 12 characters), to tell labels from values.
    public var before: Substring

    public var value: Double? { Double(canonical) }
}

/// Finding and comparing numbers the way SPEC.md §9.4 states.
public enum NumberText {
    /// Every number in `text`. A digit glued to a letter before it (`C01`,
    /// `seed0`, `v2`) is part of a name, not a number; a hyphen after a letter
    /// (`ResNet-34`) is a hyphen, not a minus.
    public static func numbers(in text: String) -> [NumberToken] {
        let scalars = Array(text.unicodeScalars)
        var result: [NumberToken] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isWordScalar(scalar), !isDigit(scalar) {
                // A name (`C01`, `seed0`, `v2`): its digits are not a number.
                while index < scalars.count, isWordScalar(scalars[index]) { index += 1 }
                continue
            }
            let start = index
            var cursor = index
            var negative = false
            if isSign(scalar), startsDigits(scalars, cursor + 1), index == 0 || !isWordScalar(scalars[index - 1]) {
                negative = scalar != "+"
                cursor += 1
            }
            guard startsDigits(scalars, cursor) else {
                index += 1
                continue
            }
            var integer = ""
            while cursor < scalars.count {
                if isDigit(scalars[cursor]) {
                    integer.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                } else if scalars[cursor] == ",", !integer.isEmpty, hasThousandsGroup(scalars, cursor) {
                    cursor += 1
                } else {
                    break
                }
            }
            var fraction = ""
            if cursor + 1 < scalars.count, scalars[cursor] == ".", isDigit(scalars[cursor + 1]) {
                cursor += 1
                while cursor < scalars.count, isDigit(scalars[cursor]) {
                    fraction.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                }
            }
            var exponent = ""
            if cursor + 1 < scalars.count, scalars[cursor] == "e" || scalars[cursor] == "E" {
                var probe = cursor + 1
                var sign = ""
                if probe < scalars.count, scalars[probe] == "-" || scalars[probe] == "+" {
                    sign = scalars[probe] == "-" ? "-" : ""
                    probe += 1
                }
                if probe < scalars.count, isDigit(scalars[probe]) {
                    var digits = ""
                    while probe < scalars.count, isDigit(scalars[probe]) {
                        digits.unicodeScalars.append(scalars[probe])
                        probe += 1
                    }
                    exponent = "e" + sign + digits
                    cursor = probe
                }
            }
            var isPercent = false
            if cursor < scalars.count, scalars[cursor] == "%" {
                isPercent = true
                cursor += 1
            }
            let written = String(String.UnicodeScalarView(scalars[start..<cursor]))
            let beforeStart = max(0, start - 12)
            let before = String(String.UnicodeScalarView(scalars[beforeStart..<start]))
            result.append(
                NumberToken(
                    canonical: canonical(negative: negative, integer: integer, fraction: fraction, exponent: exponent),
                    decimals: fraction.count, isPercent: isPercent, written: written, before: Substring(before)))
            index = cursor
        }
        return result
    }

    static func canonical(negative: Bool, integer: String, fraction: String, exponent: String) -> String {
        var whole = String(integer.drop(while: { $0 == "0" }))
        if whole.isEmpty { whole = "0" }
        var decimals = fraction
        while decimals.last == "0" { decimals.removeLast() }
        var text = decimals.isEmpty ? whole : whole + "." + decimals
        if !exponent.isEmpty, let value = Double(text + exponent) { text = "\(value)" }
        let isZero = text == "0"
        return negative && !isZero ? "-" + text : text
    }

    /// Whether `quoted` says `value`: equal after normalisation, or `quoted`
    /// has more decimals and rounds to `value` at the precision `value` is
    /// printed with (`0.0025100000000000122` says `0.00251`).
    public static func says(_ quoted: NumberToken, _ value: NumberToken) -> Bool {
        if quoted.canonical == value.canonical { return true }
        guard quoted.decimals > value.decimals, let exact = quoted.value, let wanted = value.value else { return false }
        return abs(exact - wanted) <= 0.5 * pow10(-value.decimals) * (1 + 1e-9)
    }

    static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }
    static func isSign(_ scalar: Unicode.Scalar) -> Bool { scalar == "-" || scalar == "\u{2212}" || scalar == "+" }
    /// An ASCII scalar is answered from its value (Unicode's Alphabetic there
    /// is exactly A–Z and a–z): asking its properties was a sixth of a scan.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isAlphabetic }
        return UInt8(scalar.value).isASCIILetter
    }
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { isLetter(scalar) || isDigit(scalar) || scalar == "_" }
    /// A scalar that glues a following `.5` into what precedes it (`v1.2`).
    static func isGlued(_ scalar: Unicode.Scalar) -> Bool { isWordScalar(scalar) || scalar == "." }

    static func startsDigits(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index < scalars.count else { return false }
        if isDigit(scalars[index]) { return true }
        return scalars[index] == "." && index + 1 < scalars.count && isDigit(scalars[index + 1])
            && (index == 0 || !isGlued(scalars[index - 1]))
    }

    /// `,ddd` followed by a non-digit: a thousands separator.
    static func hasThousandsGroup(_ scalars: [Unicode.Scalar], _ comma: Int) -> Bool {
        guard comma + 3 < scalars.count else { return false }
        for offset in 1...3 where !isDigit(scalars[comma + offset]) { return false }
        return comma + 4 >= scalars.count || !isDigit(scalars[comma + 4])
    }
}
