/// Writes a ``MarkdownDocument`` in AraKit's canonical Markdown form.
///
/// Canonical form: ATX headings `## ID: Title`; every field as a bullet
/// `- **Name**: value` with continuation lines indented two spaces; consecutive
/// fields as one tight list; free text verbatim, set off by blank lines; one
/// blank line between blocks and a single newline at the end.
public enum MarkdownWriter {
    public static func render(_ document: MarkdownDocument) throws -> String {
        var blocks: [String] = []
        if let frontMatter = document.frontMatter {
            let yaml = frontMatter.mapping?.isEmpty == true ? "" : try YAMLWriter.serialize(frontMatter)
            blocks.append("---\n" + yaml + "---")
        }
        if !document.preamble.isEmpty { blocks.append(render(items: document.preamble)) }
        for section in document.sections {
            var block = String(repeating: "#", count: section.level) + " " + section.heading.canonicalText
            if !section.items.isEmpty { block += "\n\n" + render(items: section.items) }
            blocks.append(block)
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    static func render(items: [MarkdownItem]) -> String {
        var output = ""
        var previousWasField = false
        for (index, item) in items.enumerated() {
            switch item {
            case .field(let field):
                if index > 0 { output += previousWasField ? "\n" : "\n\n" }
                output += render(field)
                previousWasField = true
            case .text(let text):
                if index > 0 { output += "\n\n" }
                output += text.text
                previousWasField = false
            }
        }
        return output
    }

    /// One-line fields as canonical list items, `- **Label**: value`.
    public static func fields<Name: FieldName>(_ fields: KeyValuePairs<Name, String>) -> String {
        fields.map { "- **\($0.key.label)**: \($0.value)" }.joined(separator: "\n")
    }

    static func render(_ field: MarkdownField) -> String {
        var output = "- **\(field.name)**:"
        guard !field.value.isEmpty else { return output }
        var lines = field.value.splitLines()
        if field.value.hasPrefix("\n") {
            lines.removeFirst()
        } else {
            output += " " + lines.removeFirst()
        }
        for line in lines {
            output += "\n" + (line.isEmpty ? "" : "  " + line)
        }
        return output
    }
}
