/// A YAML file of the bundle kept whole: its header comment and its content.
public struct YAMLFile: Hashable, Sendable {
    public var path: String
    public var headerComment: [String]
    public var root: YAMLNode?

    public init(path: String, headerComment: [String] = [], root: YAMLNode?) {
        self.path = path
        self.headerComment = headerComment
        self.root = root
    }
}

/// A staged observation of `staging/observations.yaml`.
public struct Observation: Hashable, Sendable {
    public var node: YAMLNode

    public init(node: YAMLNode) { self.node = node }

    public var id: String? { node["id"]?.scalarText }
    public var content: String? { node["content"]?.scalarText }
    public var potentialType: String? { node["potential_type"]?.scalarText }
    public var provenance: String? { node["provenance"]?.scalarText }
    public var promoted: Bool { node["promoted"]?.scalarText?.lowercased() == "true" }
    public var promotedTo: String? { node["promoted_to"]?.scalarText }
    public var boundTo: [String] { node["bound_to"]?.stringList ?? [] }
    public var location: SourceLocation { node.location }
}

/// A session record `trace/sessions/YYYY-MM-DD_NNN.yaml`.
public struct SessionRecord: Hashable, Sendable {
    public var file: YAMLFile

    public init(file: YAMLFile) { self.file = file }

    var session: YAMLNode? { file.root?["session"] }
    public var id: String? { session?["id"]?.scalarText }
    public var timestamp: String? { session?["timestamp"]?.scalarText ?? session?["date"]?.scalarText }
    public var summary: String? { session?["summary"]?.scalarText }
    /// `events_logged` entries: `{type, id, provenance, summary}`.
    public var events: [YAMLNode] { file.root?["events_logged"]?.sequence ?? [] }
}

/// One row of `trace/sessions/session_index.yaml`.
public struct SessionIndexEntry: Hashable, Sendable {
    public var node: YAMLNode

    public init(node: YAMLNode) { self.node = node }

    public var id: String? { node["id"]?.scalarText }
    public var timestamp: String? { node["timestamp"]?.scalarText }
    public var summary: String? { node["summary"]?.scalarText }
    public var location: SourceLocation { node.location }
}

/// Top-level keys each YAML record defines; others are kept and reported (R009).
enum YAMLSchemas {
    static let session: Set<String> = [
        "session", "events_logged", "ai_actions", "claims_touched", "open_threads", "ai_suggestions_pending",
        // Written by `arakit capture`: every commit of the day, so nothing git saw is lost.
        "commits",
    ]
    static let sessionIndex: Set<String> = ["sessions"]
    static let observations: Set<String> = ["observations"]
    static let observation: Set<String> = [
        "id", "timestamp", "provenance", "content", "context", "potential_type", "promoted", "promoted_to", "bound_to",
    ]
}
