/// What `arakit info` reports: identity, layers, counts and diagnostics.
public struct BundleSummary: Sendable, Encodable {
    /// Object counts, under exactly the keys SPEC.md §7 documents.
    public struct Counts: Sendable, Encodable, Equatable {
        public var claims: Int
        public var experiments: Int
        public var concepts: Int
        public var heuristics: Int
        public var relatedWork: Int
        public var nodes: Int
        public var deadEnds: Int
        public var sessions: Int
        public var observations: Int
        public var evidenceFiles: Int

        public init(
            claims: Int, experiments: Int, concepts: Int, heuristics: Int, relatedWork: Int, nodes: Int, deadEnds: Int,
            sessions: Int, observations: Int, evidenceFiles: Int
        ) {
            self.claims = claims
            self.experiments = experiments
            self.concepts = concepts
            self.heuristics = heuristics
            self.relatedWork = relatedWork
            self.nodes = nodes
            self.deadEnds = deadEnds
            self.sessions = sessions
            self.observations = observations
            self.evidenceFiles = evidenceFiles
        }

        enum CodingKeys: String, CodingKey {
            case claims, experiments, concepts, heuristics
            case relatedWork = "related_work"
            case nodes
            case deadEnds = "dead_ends"
            case sessions, observations
            case evidenceFiles = "evidence_files"
        }
    }

    public var bundle: String
    public var title: String?
    public var authors: [String]
    public var year: String?
    public var layers: [String]
    public var counts: Counts
    /// Tree nodes by type, every type met (unknown ones included).
    public var nodeTypes: [String: Int]
    public var diagnostics: [Diagnostic]

    enum CodingKeys: String, CodingKey {
        case bundle, title, authors, year, layers, counts
        case nodeTypes = "node_types"
        case diagnostics
    }

    public init(bundlePath: String, result: ReadResult) {
        let bundle = result.bundle
        let nodes = bundle.tree?.allNodes ?? []
        self.bundle = bundlePath
        self.title = bundle.manifest?.title
        self.authors = bundle.manifest?.authors ?? []
        self.year = bundle.manifest?.year
        self.layers = bundle.layersPresent
        self.counts = Counts(
            claims: bundle.claims.count,
            experiments: bundle.experiments.count,
            concepts: bundle.concepts.count,
            heuristics: bundle.heuristics.count,
            relatedWork: bundle.relatedWork.count,
            nodes: nodes.count,
            deadEnds: nodes.filter { $0.type == .deadEnd }.count,
            sessions: bundle.sessions.count,
            observations: bundle.observations.count,
            evidenceFiles: bundle.evidenceFiles.count)
        var types: [String: Int] = [:]
        for node in nodes { types[node.type?.description ?? "(none)", default: 0] += 1 }
        self.nodeTypes = types
        self.diagnostics = result.diagnostics
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(bundle, forKey: .bundle)
        try container.encode(title, forKey: .title)  // null when absent, never missing
        try container.encode(authors, forKey: .authors)
        try container.encode(year, forKey: .year)
        try container.encode(layers, forKey: .layers)
        try container.encode(counts, forKey: .counts)
        try container.encode(nodeTypes, forKey: .nodeTypes)
        try container.encode(diagnostics, forKey: .diagnostics)
    }
}
