/// A structured Markdown file of a bundle: optional YAML front matter, the
/// content before the first heading, then one section per heading of level 1–3.
///
/// This is the faithful layer: every line of the source lands in exactly one
/// field, text item or heading, so writing it back loses nothing. The typed
/// objects (``Claim``, ``Experiment`` …) are views over it.
public struct MarkdownDocument: Hashable, Sendable {
    public var path: String
    public var frontMatter: YAMLNode?
    public var preamble: [MarkdownItem]
    public var sections: [MarkdownSection]

    public init(
        path: String, frontMatter: YAMLNode? = nil, preamble: [MarkdownItem] = [], sections: [MarkdownSection] = []
    ) {
        self.path = path
        self.frontMatter = frontMatter
        self.preamble = preamble
        self.sections = sections
    }

    /// Sections whose heading carries an id with this prefix (`C`, `E`, `RW` …).
    public func sections(withIDPrefix prefix: String) -> [MarkdownSection] {
        sections.filter { $0.heading.id.map { BlockID.prefix(of: $0) == prefix } ?? false }
    }

    /// Whether the section at `index` has deeper sections under it.
    public func hasSubsections(_ index: Int) -> Bool {
        index + 1 < sections.count && sections[index + 1].level > sections[index].level
    }
}

/// One heading and what follows it up to the next heading of level 1–3.
public struct MarkdownSection: Hashable, Sendable {
    public var level: Int
    public var heading: BlockHeading
    public var items: [MarkdownItem]
    public var origin: Origin

    public init(level: Int, heading: BlockHeading, items: [MarkdownItem] = [], origin: Origin) {
        self.level = level
        self.heading = heading
        self.items = items
        self.origin = origin
    }

    public var location: SourceLocation { origin.location }

    public var fields: [MarkdownField] {
        items.compactMap { if case .field(let field) = $0 { field } else { nil } }
    }

    /// The first field with this canonical name, compared without case.
    /// The field `name` labels, by its typed name.
    public func field<Name: FieldName>(_ name: Name) -> MarkdownField? { field(name.rawValue) }

    public func field(_ name: String) -> MarkdownField? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }
    }

    /// The text items (everything that is not a field), in order.
    public var texts: [MarkdownText] {
        items.compactMap { if case .text(let text) = $0 { text } else { nil } }
    }
}

/// A section heading split into its id and title: `## C01: Title`.
public struct BlockHeading: Hashable, Sendable {
    public var id: String?
    public var title: String
    /// Where the heading is; `spelling` holds the separator when it is not `:`.
    public var origin: Origin

    public init(id: String?, title: String, origin: Origin) {
        self.id = id
        self.title = title
        self.origin = origin
    }

    /// The canonical heading text: `ID: Title`, `ID` or `Title`.
    public var canonicalText: String {
        switch (id, title.isEmpty) {
        case (let id?, true): id
        case (let id?, false): "\(id): \(title)"
        case (nil, _): title
        }
    }
}

/// An item of a section: a labelled field or free Markdown text.
public enum MarkdownItem: Hashable, Sendable {
    case field(MarkdownField)
    case text(MarkdownText)
}

/// `- **Name**: value`, in any of the accepted label dialects.
public struct MarkdownField: Hashable, Sendable {
    /// The canonical name (aliases already replaced).
    public var name: String
    /// The value as Markdown source. A value that starts on the line after its
    /// label (a nested list, say) begins with `\n`.
    public var value: String
    /// The label's location; `spelling` records a non-canonical label style or alias.
    public var origin: Origin

    public init(name: String, value: String, origin: Origin) {
        self.name = name
        self.value = value
        self.origin = origin
    }

    public var location: SourceLocation { origin.location }

    /// The value without surrounding white space.
    public var text: String { value.trimmingWhitespace() }
}

/// Markdown source kept as written (common indentation of up to three spaces removed).
public struct MarkdownText: Hashable, Sendable {
    public var text: String
    public var origin: Origin

    public init(text: String, origin: Origin) {
        self.text = text
        self.origin = origin
    }
}
