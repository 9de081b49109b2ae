import AraCore

/// Objects of the YAML files: one per `id:` mapping in the tree and in the
/// staging observations, one per session file, one per other YAML file.
///
/// A line scan, like ``MarkdownObjects``: a mapping with an `id` key starts
/// an object, which runs to the next such mapping. Its title is the `title`
/// (or `content`, `summary`) key at the id's own indentation.
enum YAMLObjects {
    static func objects(path: String, lines: [Substring]) -> [IndexedObject] {
        let kind = ObjectKinds.kind(ofPath: path)
        guard kind == .node || kind == .observation else {
            return [wholeFile(path: path, kind: kind, lines: lines)]
        }
        let starts = lines.indices.compactMap { index in idKey(lines[index]).map { (index, $0) } }
        return starts.enumerated().map { position, start in
            let end = position + 1 < starts.count ? starts[position + 1].0 : lines.count
            let span = Array(lines[start.0..<end])
            let title = value(of: ["title", "content", "summary"], indent: start.1.indent, in: span[...]) ?? start.1.id
            return IndexedObject(id: start.1.id, kind: kind, title: title, path: path, line: start.0 + 1, lines: span)
        }
    }

    /// A session record or another YAML file as one object; a session's id and summary name it.
    private static func wholeFile(path: String, kind: ObjectKind, lines: [Substring]) -> IndexedObject {
        let firstID = lines.lazy.compactMap(idKey).first
        let title = firstID.flatMap { value(of: ["summary", "title"], indent: $0.indent, in: lines[...]) } ?? path
        return IndexedObject(
            id: kind == .session ? firstID?.id ?? "" : "", kind: kind, title: title, path: path, line: 1,
            lines: lines)
    }

    /// `id: N01` or `- id: N01`: the id and the column its key starts at.
    static func idKey(_ line: Substring) -> (id: String, indent: Int)? {
        var rest = line.drop(while: { $0 == " " })
        var indent = line.count - rest.count
        if rest.hasPrefix("- ") {
            let afterDash = rest.dropFirst(2)
            rest = afterDash.drop(while: { $0 == " " })
            indent += 2 + afterDash.count - rest.count
        }
        guard rest.hasPrefix("id:") else { return nil }
        let id = unquoted(rest.dropFirst(3))
        return id.isEmpty ? nil : (id, indent)
    }

    /// The value of the first of `keys` written at exactly `indent` columns (a list
    /// item's dash counts as indentation), within the object's own lines.
    static func value(of keys: [String], indent: Int, in lines: ArraySlice<Substring>) -> String? {
        for key in keys {
            for line in lines {
                var rest = line.drop(while: { $0 == " " })
                if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop(while: { $0 == " " }) }
                guard line.count - rest.count == indent, rest.hasPrefix(key + ":") else { continue }
                let text = unquoted(rest.dropFirst(key.count + 1))
                if !text.isEmpty, !["|", ">", "|-", ">-"].contains(text) { return text }
            }
        }
        return nil
    }

    static func unquoted(_ text: Substring) -> String {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'",
            trimmed.last == first
        else { return trimmed }
        return String(trimmed.dropFirst().dropLast())
    }
}
