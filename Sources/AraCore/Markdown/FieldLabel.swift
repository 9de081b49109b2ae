/// A bold field label at the start of a line, in any accepted dialect:
/// `- **Name**: v`, `- **Name:** v`, `**Name**: v`, `**Name:** v`.
struct FieldLabel {
    var name: String
    /// Where the value begins on the line.
    var valueStart: String.Index
    /// Columns a list item's continuation lines are indented by.
    var contentIndent: Int
    /// 1-based column of the label's first character.
    var column: Int
    var listItem: Bool
    /// `**Name**:` (true) or `**Name:**` (false).
    var colonOutside: Bool
    /// The label as written, up to the value.
    var spelling: String

    static func parse(_ line: String, listItem: Bool) -> FieldLabel? {
        var index = line.startIndex
        var column = 0
        while index < line.endIndex, line[index] == " ", column < 4 {
            index = line.index(after: index)
            column += 1
        }
        guard column <= 3 else { return nil }
        let labelStart = index
        var contentIndent = 0
        if listItem {
            guard index < line.endIndex, "-*+".contains(line[index]) else { return nil }
            index = line.index(after: index)
            var spaces = 0
            while index < line.endIndex, line[index] == " " {
                index = line.index(after: index)
                spaces += 1
            }
            guard (1...4).contains(spaces) else { return nil }
            contentIndent = column + 1 + spaces
        }
        guard line[index...].hasPrefix("**") else { return nil }
        let nameStart = line.index(index, offsetBy: 2)
        guard let close = line[nameStart...].rangeOfASCII("**") else { return nil }
        var name = Substring(line[nameStart..<close.lowerBound])
        // `Character("*")`, not the string `"*"`: that is Foundation's search, and was most of reading a label.
        let starred = name.utf8.contains(UInt8(ascii: "*")) && name.contains(Character("*"))
        guard !name.isEmpty, name.count <= 100, !starred, name.first != " ", name.last != " " else {
            return nil
        }
        var valueStart = close.upperBound
        var colonOutside = true
        if name.hasSuffix(":") {
            name = name.dropLast()
            colonOutside = false
            guard !name.isEmpty, name.last != " " else { return nil }
        } else {
            var after = valueStart
            while after < line.endIndex, line[after] == " " { after = line.index(after: after) }
            guard after < line.endIndex, line[after] == ":" else { return nil }
            valueStart = line.index(after: after)
        }
        return FieldLabel(
            name: String(name), valueStart: valueStart, contentIndent: contentIndent, column: column + 1,
            listItem: listItem, colonOutside: colonOutside,
            spelling: String(line[labelStart..<valueStart]))
    }
}
