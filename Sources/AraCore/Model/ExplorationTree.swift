/// `trace/exploration_tree.yaml`: the research graph, failures included.
public struct ExplorationTree: Hashable, Sendable {
    public var roots: [TreeNode]
    /// Comment lines at the top of the file, kept so the writer can restore them.
    public var headerComment: [String]
    /// Top-level keys besides `tree:` (`schema_version` …), in source order.
    public var extra: [YAMLEntry]

    public init(roots: [TreeNode] = [], headerComment: [String] = [], extra: [YAMLEntry] = []) {
        self.roots = roots
        self.headerComment = headerComment
        self.extra = extra
    }

    /// Every node, depth first, in document order.
    public var allNodes: [TreeNode] { roots.flatMap(\.subtree) }

    public func count(of type: NodeType) -> Int { allNodes.filter { $0.type == type }.count }
}

/// The canonical shape of tree nodes, and the dialects read as it.
///
/// Canonical names follow the written compiler spec, the research manager's
/// event taxonomy and the reference Python checker (pivot `from`/`to`/`trigger`,
/// dead end `hypothesis`/`failure_mode`/`lesson`), not the Rust CLI's fixes;
/// SPEC.md §4 says why.
public enum TreeSchema {
    public static let path = "trace/exploration_tree.yaml"

    static let leadingKeys = ["id", "type", "title", "support_level", "source_refs"]
    static let trailingKeys = ["also_depends_on", "children"]

    /// Type-specific keys, in canonical order.
    public static func typeKeys(_ type: NodeType?) -> [String] {
        switch type {
        case .question: ["description"]
        case .experiment: ["description", "hypothesis", "method", "result", "metrics", "evidence"]
        case .deadEnd: ["description", "hypothesis", "failure_mode", "lesson", "evidence"]
        case .decision: ["description", "choice", "alternatives", "rationale", "evidence"]
        case .pivot: ["description", "from", "to", "trigger", "evidence"]
        case .other, nil: ["description", "result", "evidence"]
        }
    }

    /// Key aliases per type: source spelling → canonical key.
    static func aliases(_ type: NodeType?) -> [String: String] {
        switch type {
        case .deadEnd: ["why_failed": "failure_mode", "reason": "failure_mode"]
        case .decision: ["justification": "rationale"]
        case .pivot: ["prior_direction": "from", "new_direction": "to", "reason": "trigger"]
        default: [:]
        }
    }

    /// Keys seen in real bundles beyond the schema; accepted without a diagnostic.
    public static let knownExtraKeys: Set<String> = [
        "status", "timestamp", "provenance", "source", "method", "thinking", "metrics", "date", "notes",
        "description", "result", "evidence", "hypothesis", "failure_mode", "lesson", "choice", "alternatives",
        "rationale", "from", "to", "trigger",
        // The protocol's published node fields: experiments' exploration and outcome; pivots' own spelling.
        "exploration", "outcome", "prior_direction", "new_direction", "reason",
    ]
}
