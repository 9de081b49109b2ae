import AraCore

/// Paths a field names: Markdown links, code spans that look like paths, and
/// bare words that start with a layer folder (`evidence/tables/t1.md (v1)`).
enum FieldPaths {
    static func references(in field: MarkdownField, barePrefix: String) -> [PathReference] {
        var found = PathReference.scan([.field(field)])
        for (offset, line) in field.value.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for word in line.split(whereSeparator: { $0.isWhitespace || "[](),;`".contains($0) }) {
                let token = word.trimming(".:")
                guard token.hasPrefix(barePrefix), !found.contains(where: { $0.path == token }) else { continue }
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
}
