import AraCore

/// Replaces one section of a file with its canonical text, or appends a new
/// one, leaving every other line's bytes as they were (SPEC.md §15.3).
enum BlockSplice {
    /// The canonical lines of one section (no trailing blank line).
    static func lines(of section: MarkdownSection, path: String) throws(CompletionError) -> [String] {
        let text: String
        do {
            text = try MarkdownWriter.render(MarkdownDocument(path: path, sections: [section]))
        } catch {
            throw .invalidInput("\(path): the block cannot be written: \(error)")
        }
        return text.trimmingWhitespace().splitLines().map(String.init)
    }

    /// The 0-based line range section `index` of `document` spans in `file`,
    /// from its heading to its last non-blank line.
    static func range(of index: Int, in document: MarkdownDocument, file: RawLines) -> Range<Int> {
        let text = file.text.splitLines()
        let start = document.sections[index].location.line - 1
        var end =
            index + 1 < document.sections.count ? document.sections[index + 1].location.line - 1 : text.count
        while end > start + 1, text[end - 1].allSatisfy(\.isWhitespace) { end -= 1 }
        return start..<end
    }

    /// Replaces section `index` with `section`, written canonically.
    static func replace(
        _ index: Int, of document: MarkdownDocument, with section: MarkdownSection, in file: RawLines
    ) throws(CompletionError) -> RawLines {
        var result = file
        result.replace(range(of: index, in: document, file: file), with: try lines(of: section, path: document.path))
        return result
    }

    /// Appends `section` after the file's last non-blank line, one blank line
    /// before it and a line end after it.
    static func append(_ section: MarkdownSection, path: String, to file: RawLines) throws(CompletionError) -> RawLines
    {
        let text = file.text.splitLines()
        let last = text.lastIndex { !$0.allSatisfy(\.isWhitespace) }
        var result = file
        let block = try lines(of: section, path: path)
        if let last {
            result.replace((last + 1)..<text.count, with: [""] + block + [""])
        } else {
            result.replace(0..<text.count, with: block + [""])
        }
        return result
    }
}
