/// The five journey types of the exploration graph, and any other type met.
public enum NodeType: Hashable, Sendable, CustomStringConvertible {
    case question, experiment, deadEnd, decision, pivot
    /// A type outside the five (`insight`, `observation` are seen); kept as written.
    case other(String)

    public init(_ raw: String) {
        switch raw {
        case "question": self = .question
        case "experiment": self = .experiment
        case "dead_end": self = .deadEnd
        case "decision": self = .decision
        case "pivot": self = .pivot
        default: self = .other(raw)
        }
    }

    public var description: String {
        switch self {
        case .question: "question"
        case .experiment: "experiment"
        case .deadEnd: "dead_end"
        case .decision: "decision"
        case .pivot: "pivot"
        case .other(let raw): raw
        }
    }

    public var isJourneyType: Bool {
        if case .other = self { false } else { true }
    }

    public static let journeyTypes: [NodeType] = [.question, .experiment, .deadEnd, .decision, .pivot]

    /// Keys a node of this type must have, beyond `id`, `type` and `title`.
    public var requiredKeys: [TreeKey] {
        switch self {
        case .question: [.description]
        case .experiment: [.result]
        case .deadEnd: [.hypothesis, .failureMode, .lesson]
        case .decision: [.choice, .alternatives]
        case .pivot: [.from, .to, .trigger]
        case .other: []
        }
    }
}

/// A node of the exploration graph.
public struct TreeNode: Hashable, Sendable {
    public var id: String?
    public var type: NodeType?
    public var title: String?
    /// `explicit` or `inferred`.
    public var supportLevel: String?
    public var sourceRefs: [String]?
    /// Every other key, with canonical names, in canonical order (see ``TreeSchema``).
    public var fields: [YAMLEntry]
    /// Extra parents besides the node this one is nested under.
    public var alsoDependsOn: [String]
    public var children: [TreeNode]
    public var origin: Origin
    /// Where each key of the node's mapping is written, by the key as written
    /// (`id`, `support_level`, `why_failed` …): findings about a key point at it.
    public var keyOrigins = KeyOrigins()

    public init(
        id: String?, type: NodeType?, title: String? = nil, supportLevel: String? = nil, sourceRefs: [String]? = nil,
        fields: [YAMLEntry] = [], alsoDependsOn: [String] = [], children: [TreeNode] = [],
        origin: Origin = Origin(SourceLocation(path: TreeSchema.path))
    ) {
        self.id = id
        self.type = type
        self.title = title
        self.supportLevel = supportLevel
        self.sourceRefs = sourceRefs
        self.fields = fields
        self.alsoDependsOn = alsoDependsOn
        self.children = children
        self.origin = origin
    }

    public var location: SourceLocation { origin.location }

    /// Where `key` is written in this node, or the node's own location.
    public func location(ofKey key: TreeKey) -> SourceLocation { location(ofKeyNamed: key.rawValue) }

    /// Where a key is written, by its spelling in the file (an alias, or a
    /// key outside the schema); the node's place when it is not there.
    public func location(ofKeyNamed key: String) -> SourceLocation { keyOrigins.byKey[key]?.location ?? location }

    public func field(_ key: TreeKey) -> YAMLNode? { field(named: key.rawValue) }

    /// A field by any key, in the schema or not (a Sources entry may name one).
    public func field(named key: String) -> YAMLNode? { fields.first { $0.key == key }?.value }

    /// The text of a scalar field, or the items of a list joined by "; ".
    public func text(_ key: TreeKey) -> String? { text(named: key.rawValue) }

    public func text(named key: String) -> String? {
        guard let node = field(named: key) else { return nil }
        if let text = node.scalarText { return text }
        return node.stringList?.joined(separator: "; ")
    }

    /// `evidence:` items: claim ids and prose references, in order.
    public var evidence: [EvidenceReference] {
        (field(.evidence)?.stringList ?? []).map(EvidenceReference.init)
    }

    /// This node and every node under it, depth first, in document order.
    public var subtree: [TreeNode] {
        var result: [TreeNode] = []
        var stack: [TreeNode] = [self]
        while let node = stack.popLast() {
            result.append(node)
            stack.append(contentsOf: node.children.reversed())
        }
        return result
    }
}

/// One item of a node's `evidence:` list.
public enum EvidenceReference: Hashable, Sendable {
    /// An object id (`C03`; an `O07` here is a finding for the reviewer).
    case id(String)
    /// Anything else: a table name, a path, a sentence.
    case prose(String)

    public init(_ text: String) {
        let trimmed = text.trimmingWhitespace()
        if HeadingParser.leadingID(trimmed).map({ $0.1.isEmpty }) == true {
            self = .id(trimmed)
        } else {
            self = .prose(trimmed)
        }
    }
}

/// Where a node's keys are written. Like every ``Origin`` it takes no part in
/// equality: a key renamed in place is the same node.
public struct KeyOrigins: Hashable, Sendable {
    public var byKey: [String: Origin] = [:]

    public init() {}

    public static func == (lhs: KeyOrigins, rhs: KeyOrigins) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
