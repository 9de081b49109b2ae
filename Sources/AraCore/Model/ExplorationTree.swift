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

    /// Type-specific keys, in canonical order.
    public static func typeKeys(_ type: NodeType?) -> [TreeKey] {
        switch type {
        case .question: [.description]
        case .experiment: [.description, .hypothesis, .method, .result, .metrics, .evidence]
        case .deadEnd: [.description, .hypothesis, .failureMode, .lesson, .evidence]
        case .decision: [.description, .choice, .alternatives, .rationale, .evidence]
        case .pivot: [.description, .from, .to, .trigger, .evidence]
        case .other, nil: [.description, .result, .evidence]
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

    /// Whether `key` is one the schema names (its own, a type's, or one seen
    /// in real bundles): accepted without a diagnostic.
    public static func knows(_ key: String) -> Bool { TreeKey(rawValue: key) != nil }
}
