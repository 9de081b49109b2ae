import AraCore

/// Paths a field names: Markdown links, code spans that look like paths, and
/// bare words that start with a layer folder (`evidence/tables/t1.md (v1)`).
enum FieldPaths {
    static func references(in field: MarkdownField, barePrefix: String) -> [PathReference] {
        var found = PathReference.scan([.field(field)])
        for (offset, line) in field.value.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for word in line.split(whereSeparator: { $0.isWhitespace || "[](),;`".contains($0) }) {
                let token = word.trimming(".:")
                guard token.hasPrefix(barePrefix) || Self.isAbsolutePath(word),
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

    /// A bare word that is an absolute path (`/etc/passwd`, `~/runs/x`), not a
    /// lone slash or a fraction.
    static func isAbsolutePath(_ token: Substring) -> Bool {
        let rest = token.hasPrefix("~/") ? token.dropFirst(2) : token.hasPrefix("/") ? token.dropFirst() : nil
        return rest?.first.map { $0.isLetter || $0 == "." || $0 == "_" } ?? false
    }

    /// How a rule names a reference that resolves to nothing: an absolute path
    /// says why it can never resolve.
    static func named(_ reference: PathReference, as path: String, missing: String) -> String {
        reference.isAbsolute
            ? "\(reference.path), an absolute path (bundle paths are relative; nothing outside the bundle is read)"
            : "\(path), which \(missing)"
    }
}
