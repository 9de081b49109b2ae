import AraCore

/// A change to one field of one block: the new section, canonical, and what it replaced.
struct FieldEdit {
    /// The field's canonical name (`Title` for the heading).
    let field: String
    /// The value as the Markdown writer stores it.
    let value: String

    /// Reads VALUE as a field value: a value that is a list (`- a ← …`) starts
    /// on the line after its label, as a Sources list does.
    init(field: String, text: String) throws(CompletionError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw .invalidInput("the value for \(field) is empty; write the text to fill it")
        }
        guard field != "Title" || !trimmed.contains("\n") else {
            throw .invalidInput("a title is one line; the value has \(trimmed.split(separator: "\n").count)")
        }
        self.field = field
        let text = field == "Sources" ? Self.entries(trimmed) : trimmed
        let isList = text.hasPrefix("- ") || text.hasPrefix("* ")
        self.value = isList && field != "Title" ? "\n" + text : text
    }

    /// Sources are a list, one entry per item: a line written without its
    /// `- ` gets one, so a value need not start with a dash (which a shell
    /// command line would read as an option).
    static func entries(_ text: String) -> String {
        text.splitLines().map { line in
            let bare = !line.hasPrefix("- ") && !line.hasPrefix("* ") && !line.hasPrefix(" ") && !line.isEmpty
            return bare ? "- " + line : String(line)
        }.joined(separator: "\n")
    }

    /// The current value, as the section holds it, or `nil` when the field is absent.
    func current(in section: MarkdownSection) -> (value: String, location: SourceLocation)? {
        if field == "Title" { return (section.heading.title, section.location) }
        return section.field(field).map { ($0.value, $0.location) }
    }

    /// Where the field already holds other text that is not pending: what
    /// `fill` does not overwrite unless asked to.
    func conflict(in section: MarkdownSection) -> SourceLocation? {
        guard let current = current(in: section) else { return nil }
        let text = current.value.trimmingWhitespace()
        let free = text.isEmpty || PendingMarker.isPending(text) || text == value.trimmingWhitespace()
        return free ? nil : current.location
    }

    /// The section with the field set: replaced where it stands, else appended.
    func applied(to section: MarkdownSection) -> MarkdownSection {
        var result = section
        if field == "Title" {
            result.heading.title = value
            result.heading.origin.spelling = nil
            return result
        }
        let origin = Origin(section.location)
        let index = result.items.firstIndex { item in
            if case .field(let existing) = item { existing.name.lowercased() == field.lowercased() } else { false }
        }
        let new = MarkdownItem.field(MarkdownField(name: field, value: value, origin: origin))
        if let index {
            result.items[index] = new
        } else if let lastField = result.items.lastIndex(where: { if case .field = $0 { true } else { false } }) {
            result.items.insert(new, at: lastField + 1)
        } else {
            result.items.append(new)
        }
        return result
    }
}
