import AraCore

/// The measured values a claim states, read one way for EV011 and for
/// `arakit read` (which shows the cells they come from).
public enum ClaimValues {
    /// The field the values are read from: Evidence basis, else Statement.
    public static func field(of claim: Claim) -> MarkdownField? {
        claim.field(.evidenceBasis) ?? claim.field(.statement)
    }

    /// The measured values of a field's text, in order.
    public static func values(in field: MarkdownField) -> [NumberToken] {
        NumberText.numbers(in: withoutQuotations(field.value)).filter(isValue)
    }

    /// A measured value: written with a decimal point or a `%`. Integers are
    /// counts, steps, sizes and labels (`Table 2`, `ResNet-34`, `n=16`); section
    /// numbers (`§4.1`), metric names (`mAP@[.5,.95]`) and bounds (`<0.1%`) are
    /// not values either.
    static func isValue(_ number: NumberToken) -> Bool {
        guard number.decimals > 0 || number.isPercent else { return false }
        let before = number.before.trimming(" ")
        if before.hasSuffix("§") || before.lowercased().hasSuffix("section") { return false }
        if let last = before.last, "<>≤≥@".contains(last) { return false }
        if let open = before.range(of: "@[", options: .backwards), !before[open.upperBound...].contains("]") {
            return false
        }
        return true
    }

    /// The text without "quoted passages" and `code spans`: a quotation of the
    /// paper's prose or a configuration string is its own source, not a table value.
    static func withoutQuotations(_ text: String) -> String {
        // Without a `"`, a `“` or a backtick there is nothing to take out (most claims).
        let opening = Array("“".utf8)
        let bytes = Array(text.utf8)
        let opens = bytes.indices.contains { index in
            bytes[index] == 0x22 || bytes[index] == 0x60
                || bytes[index] == opening[0] && bytes[index...].starts(with: opening)
        }
        return opens ? quotationsTakenOut(of: text) : text
    }

    /// ``withoutQuotations(_:)`` character by character.
    static func quotationsTakenOut(of text: String) -> String {
        var result = ""
        var closing: Character?
        for character in text {
            if let close = closing {
                if character == close { closing = nil }
                continue
            }
            switch character {
            case "\"": closing = "\""
            case "“": closing = "”"
            case "`": closing = "`"
            default: result.append(character)
            }
        }
        return result
    }
}
