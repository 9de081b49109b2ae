/// What a target resolves to, with its references resolved one step.
public enum ReadObject: Sendable, Encodable {
    /// Level 1: no target.
    case overview(OverviewView)
    /// A layer, a directory or a structured file: the objects in it.
    case listing(ListingView)
    /// A file without objects: its text.
    case file(FileView)
    case claim(ClaimView)
    case experiment(ExperimentView)
    case node(NodeView)
    /// An evidence file: `Table 3`, `Figure 4`, or its path.
    case evidence(EvidenceView)
    /// A heuristic, a related-work entry, a problem item or a concept.
    case block(BlockView)
    /// A staged observation or a session record.
    case record(RecordView)

    /// `overview`, `listing`, `file`, `claim`, `experiment`, `node`,
    /// `evidence`, or the block's or record's own kind (`heuristic` …).
    public var kind: String {
        switch self {
        case .overview: "overview"
        case .listing: "listing"
        case .file: "file"
        case .claim: "claim"
        case .experiment: "experiment"
        case .node: "node"
        case .evidence: "evidence"
        case .block(let view): view.ref.kind
        case .record(let view): view.ref.kind
        }
    }

    /// A reference to the object itself (the bundle's title for the overview).
    public var ref: ObjectRef {
        switch self {
        case .overview(let view): ObjectRef(kind: "overview", id: "", title: view.title ?? "")
        case .listing(let view): ObjectRef(kind: "listing", id: view.name, title: view.name)
        case .file(let view): ObjectRef(kind: "file", id: view.path, title: view.path)
        case .claim(let view): view.block.ref
        case .experiment(let view): view.block.ref
        case .node(let view): view.ref
        case .evidence(let view): view.ref
        case .block(let view): view.ref
        case .record(let view): view.ref
        }
    }

    enum CodingKeys: String, CodingKey {
        case kind, value
    }

    /// `{"kind": …, "value": {…}}`: the shape SPEC.md §12 gives.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .overview(let view): try container.encode(view, forKey: .value)
        case .listing(let view): try container.encode(view, forKey: .value)
        case .file(let view): try container.encode(view, forKey: .value)
        case .claim(let view): try container.encode(view, forKey: .value)
        case .experiment(let view): try container.encode(view, forKey: .value)
        case .node(let view): try container.encode(view, forKey: .value)
        case .evidence(let view): try container.encode(view, forKey: .value)
        case .block(let view): try container.encode(view, forKey: .value)
        case .record(let view): try container.encode(view, forKey: .value)
        }
    }
}
