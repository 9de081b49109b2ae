import AraCore

/// Paths a field names: Markdown links, code spans that look like paths, and
/// bare words that start with a layer folder (`evidence/tables/t1.md (v1)`).
enum FieldPaths {
    static func references(in field: MarkdownField, barePrefix: String) -> [PathReference] {
        var found = PathReference.scan([.field(field)])
        for (offset, line) in field.value.splitLines().enumerated() {
            for word in line.splitWords(where: Self.separates) {
                // Both kinds of path hold a `/`: a word without one (most) is passed over at once.
                guard word.utf8.contains(0x2F) else { continue }
                // A path that may leave keeps its leading dots (`../x`); others lose stray ones.
                let token =
                    Self.mayLeave(word)
                    ? String(word[..<(word.lastIndex { !".:".contains($0) }.map(word.index(after:)) ?? word.endIndex)])
                    : word.trimming(".:")
                guard token.hasPrefix(barePrefix) || Self.mayLeave(word),
                    !found.contains(where: { $0.path == token })
                else { continue }
                found.append(
                    PathReference(
                        path: token, kind: .codeSpan, context: String(line),
                        location: SourceLocation(
                            path: field.location.path, line: field.location.line + offset, column: field.location.column
                        )))
            }
        }
        return found
    }

    /// White space and `[](),;` and backticks cut a field into words. Those
    /// others are single ASCII scalars, which a longer `Character` never equals.
    static func separates(_ character: Character) -> Bool {
        character.isWhitespaceFast || (character.asciiValue.map { wordBreaks.contains($0) } ?? false)
    }

    static let wordBreaks = Set("[](),;`".utf8)

    /// A bare word that is an absolute path (`/etc/passwd`, `~/runs/x`) or
    /// climbs (`../data/x.csv`): XL011 decides whether it leaves the bundle.
    /// Not a lone slash or a fraction.
    static func mayLeave(_ token: Substring) -> Bool {
        // `starts(with:)`, not `hasPrefix`: on a Substring that is
        // Foundation's, a search through NSString for every word of a field.
        if token.starts(with: "../") { return true }
        let rest = token.starts(with: "~/") ? token.dropFirst(2) : token.starts(with: "/") ? token.dropFirst() : nil
        return rest?.first.map { $0.isLetter || $0 == "." || $0 == "_" } ?? false
    }
}
