/// Escaping for text and attribute values: every string that came from a
/// bundle passes through here before it reaches a page.
public enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` as entities; safe in text and in quoted attributes.
    public static func escape(_ text: some StringProtocol) -> String {
        // Most texts need nothing escaped: return them without rebuilding them scalar by scalar.
        if !text.utf8.contains(where: { [0x26, 0x3C, 0x3E, 0x22, 0x27, 0x00].contains($0) }) { return String(text) }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\0": result += "\u{FFFD}"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// A string usable as an HTML id and URL fragment: letters, digits, `-` and `_`.
    public static func slug(_ text: some StringProtocol) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "x" : result
    }
}
