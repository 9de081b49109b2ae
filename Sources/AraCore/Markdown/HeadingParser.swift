/// Splits heading text into an id and a title: `C01: T`, `C01 — T`, `C1 - T`,
/// `RW-Muon — T`, or a plain title with no id.
public enum HeadingParser {
    static let separators: [Character] = [":", "—", "–", "-"]

    static func parse(_ raw: String, origin: Origin) -> BlockHeading {
        guard let (id, rest) = leadingID(raw) else {
            return BlockHeading(id: nil, title: raw, origin: origin)
        }
        let afterID = rest.drop(while: { $0 == " " })
        if afterID.isEmpty {
            return BlockHeading(id: id, title: "", origin: origin)
        }
        guard let separator = afterID.first, separators.contains(separator) else {
            return BlockHeading(id: nil, title: raw, origin: origin)
        }
        // `C01-Title` without spaces is not a separator use; `C01: T` and `C01 - T` are.
        if separator == "-", rest.first != " " {
            return BlockHeading(id: nil, title: raw, origin: origin)
        }
        let title = afterID.dropFirst().trimmingWhitespace()
        var located = origin
        if separator != ":" || rest.first == " " { located.spelling = String(separator) }
        return BlockHeading(id: id, title: title, origin: located)
    }

    /// `[A-Z]{1,3}[0-9]+` or `RW-<name>` at the start of the text.
    public static func leadingID(_ raw: String) -> (String, Substring)? {
        let letters = raw.prefix(while: { $0.isASCII && $0.isUppercase })
        guard (1...3).contains(letters.count) else { return nil }
        var rest = raw.dropFirst(letters.count)
        if letters == "RW", rest.first == "-" {
            let name = rest.dropFirst().prefix(while: {
                ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" || $0 == "."
            })
            guard !name.isEmpty else { return nil }
            rest = rest.dropFirst(1 + name.count)
            return ("RW-" + name, rest)
        }
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty else { return nil }
        rest = rest.dropFirst(digits.count)
        guard rest.isEmpty || rest.first == " " || rest.first.map(separators.contains) == true else { return nil }
        return (String(letters + digits), rest)
    }
}

extension HeadingParser {
    /// `N` followed by digits only: a tree node id.
    public static func isNodeID(_ text: String) -> Bool {
        text.count >= 2 && text.first == "N" && text.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }
}
