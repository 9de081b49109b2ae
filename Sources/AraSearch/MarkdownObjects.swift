import AraCore

/// Splits a Markdown file into objects at its headings of level 1–3 (the
/// section model of SPEC §3.1), skipping fenced code and front matter.
///
/// A light scan, not the full reader: the index is rebuilt whenever a file
/// changes, so it must cost no more than reading the bundle does.
enum MarkdownObjects {
    static func objects(path: String, lines: [Substring]) -> [IndexedObject] {
        var starts: [(line: Int, heading: String)] = [(0, "")]
        var fence: Substring?
        let bodyStart = frontMatterEnd(lines)
        for (index, line) in lines.enumerated() where index >= bodyStart {
            let trimmed = line.drop(while: { $0 == " " })
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
            } else if let heading = headingText(line) {
                starts.append((index, heading))
            }
        }
        var result: [IndexedObject] = []
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1].line : lines.count
            let span = Array(lines[start.line..<end])
            guard span.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else { continue }
            result.append(object(path: path, heading: start.heading, line: start.line + 1, lines: span))
        }
        return result
    }

    private static func object(path: String, heading: String, line: Int, lines: [Substring]) -> IndexedObject {
        let (id, title) =
            HeadingParser.leadingID(heading).map { id, rest in
                (id, rest.drop(while: { " :—–-".contains($0) }).trimmingWhitespace())
            } ?? ("", heading)
        let kind = ObjectKinds.kind(ofID: id, path: path)
        let shownTitle = title.isEmpty ? (heading.isEmpty ? path : heading) : title
        return IndexedObject(id: id, kind: kind, title: shownTitle, path: path, line: line, lines: lines)
    }

    /// `# Title` … `### Title` (up to three leading spaces), without closing hashes.
    static func headingText(_ line: Substring) -> String? {
        let indented = line.prefix(while: { $0 == " " })
        guard indented.count <= 3 else { return nil }
        let rest = line.dropFirst(indented.count)
        let hashes = rest.prefix(while: { $0 == "#" })
        guard (1...3).contains(hashes.count) else { return nil }
        let after = rest.dropFirst(hashes.count)
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        var text = after.trimmingWhitespace()
        while text.hasSuffix("#") { text.removeLast() }
        return text.trimmingWhitespace()
    }

    /// The index of the first line after a `---` front matter block, or 0.
    static func frontMatterEnd(_ lines: [Substring]) -> Int {
        guard lines.first?.trimmingWhitespace() == "---" else { return 0 }
        let close = lines.dropFirst().firstIndex { ["---", "..."].contains($0.trimmingWhitespace()) }
        return close.map { $0 + 1 } ?? 0
    }
}
