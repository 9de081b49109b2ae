import AraCore

/// A reference to an object, resolved one step: enough to decide whether to read it.
public struct ObjectRef: Hashable, Sendable, Encodable {
    /// `claim`, `experiment`, `node`, `evidence`, `heuristic`, `related_work`,
    /// `problem`, `observation`, `session`, `concept`, `file`.
    public var kind: String
    /// The id to read it by (`C03`, `N17`, a path for files).
    public var id: String
    public var title: String
    /// A claim's status, a node's type; absent otherwise.
    public var detail: String?
    /// Where it is written, `path:line`.
    public var location: String?

    public init(kind: String, id: String, title: String, detail: String? = nil, location: SourceLocation? = nil) {
        self.kind = kind
        self.id = id
        self.title = title
        self.detail = detail
        self.location = location.map { "\($0.path):\($0.line)" }
    }

    /// A reference to an id that names nothing in the bundle.
    static func missing(kind: String, id: String) -> ObjectRef {
        ObjectRef(kind: kind, id: id, title: "(not in the bundle)")
    }
}

/// A labelled field (`Statement`, `failure_mode` …) and its text.
public struct FieldView: Hashable, Sendable, Encodable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// A Markdown block (`## H01: Title` and its fields) as read.
public struct BlockView: Hashable, Sendable, Encodable {
    public var ref: ObjectRef
    public var fields: [FieldView]
    /// Free text of the block, outside its fields.
    public var text: String?

    public init(ref: ObjectRef, fields: [FieldView], text: String?) {
        self.ref = ref
        self.fields = fields
        self.text = text
    }

    init(kind: String, section: MarkdownSection, detail: String? = nil) {
        ref = ObjectRef(
            kind: kind, id: section.heading.id ?? section.heading.title, title: section.heading.title,
            detail: detail, location: section.location)
        fields = section.fields.map { FieldView(name: $0.name, text: $0.text) }
        let texts = section.texts.map(\.text).filter { !$0.trimmingWhitespace().isEmpty }
        text = texts.isEmpty ? nil : texts.joined(separator: "\n\n")
    }
}
