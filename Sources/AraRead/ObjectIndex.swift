import AraCore
import AraReview

/// One bundle's objects with the lookups resolution needs: review's context
/// (so chains and cells are walked exactly as review walks them), each
/// node's parent, and references built one way for every view.
struct ObjectIndex {
    let result: ReadResult
    let context: ReviewContext
    let fileSystem: BundleFileSystem
    /// The node each node is nested under, by id.
    let parents: [String: TreeNode]
    /// What names each object, by its ``AraCore/BlockID/key(of:)``, in document
    /// order: found once here, where a scan of every claim or node per object
    /// made the site of 10,000 claims take minutes.
    let citing: CitingObjects

    init(result: ReadResult, fileSystem: BundleFileSystem) {
        self.result = result
        self.fileSystem = fileSystem
        context = ReviewContext(result: result, fileSystem: fileSystem)
        let context = context
        citing = CitingObjects(
            claims: context.claims, nodes: context.nodes, experiments: context.experiments,
            evidence: { Self.evidenceFiles(of: $0, in: context) })
        var parents: [String: TreeNode] = [:]
        var stack = result.bundle.tree?.roots ?? []
        while let node = stack.popLast() {
            for child in node.children {
                if let id = child.id, parents[id] == nil { parents[id] = node }
                stack.append(child)
            }
        }
        self.parents = parents
    }

    var bundle: AraBundle { result.bundle }

    /// The nodes above a node, root first; stops at a repeat, so a cycle cannot loop.
    func ancestry(of node: TreeNode) -> [TreeNode] {
        var chain: [TreeNode] = []
        var seen: Set<String> = node.id.map { [$0] } ?? []
        var current = node.id.flatMap { parents[$0] }
        while let parent = current, let id = parent.id, seen.insert(id).inserted {
            chain.append(parent)
            current = parents[id]
        }
        return chain.reversed()
    }

    func evidenceFiles(of experiment: Experiment) -> [String] { Self.evidenceFiles(of: experiment, in: context) }

    static func evidenceFiles(of experiment: Experiment, in context: ReviewContext) -> [String] {
        experiment.field(.evidence).map(context.evidencePaths(in:)) ?? []
    }

    static func statusText(_ status: ClaimStatus) -> String {
        switch status {
        case .hypothesis: "hypothesis"
        case .supported: "supported"
        case .refuted: "refuted"
        case .partiallySupported: "partially supported"
        case .other(let raw): raw
        }
    }

    // MARK: References

    func ref(_ claim: Claim) -> ObjectRef {
        ObjectRef(
            kind: "claim", id: claim.id, title: claim.title, detail: claim.status.map(Self.statusText),
            location: claim.location)
    }

    func ref(_ experiment: Experiment) -> ObjectRef {
        ObjectRef(kind: "experiment", id: experiment.id, title: experiment.title, location: experiment.location)
    }

    func ref(_ node: TreeNode) -> ObjectRef {
        ObjectRef(
            kind: "node", id: node.id ?? "(no id)", title: node.title ?? node.text(.description) ?? "",
            detail: node.type?.description, location: node.location)
    }

    func ref(_ file: EvidenceFile) -> ObjectRef {
        ObjectRef(
            kind: "evidence", id: file.path, title: file.heading ?? "", detail: file.kind.rawValue,
            location: SourceLocation(path: file.path, line: 1, column: 1))
    }

    func ref(_ observation: Observation) -> ObjectRef {
        ObjectRef(
            kind: "observation", id: observation.id ?? "(no id)",
            title: PageText.shortened(observation.content ?? "", to: 80),
            detail: observation.potentialType, location: observation.location)
    }

    func ref(_ session: SessionRecord) -> ObjectRef {
        ObjectRef(
            kind: "session", id: Self.sessionID(session), title: PageText.shortened(session.summary ?? "", to: 80),
            detail: session.timestamp, location: SourceLocation(path: session.file.path, line: 1, column: 1))
    }

    func ref(_ section: MarkdownSection, kind: String) -> ObjectRef {
        ObjectRef(
            kind: kind, id: section.heading.id ?? section.heading.title, title: section.heading.title,
            location: section.location)
    }

    /// The id a session is read by: the one it states, else its file name.
    static func sessionID(_ session: SessionRecord) -> String {
        if let id = session.id { return id }
        let name = session.file.path.split(separator: "/").last.map(String.init) ?? session.file.path
        return String(name.prefix(upTo: name.lastIndex(of: ".") ?? name.endIndex))
    }

    func claimRef(_ id: String) -> ObjectRef { context.claim(id).map(ref) ?? .missing(kind: "claim", id: id) }

    func nodeRef(_ id: String) -> ObjectRef { context.nodesByID[id].map(ref) ?? .missing(kind: "node", id: id) }

    /// A reference to whatever an id names, or a missing one.
    func anyRef(_ id: String) -> ObjectRef {
        let trimmed = id.trimmingWhitespace()
        if let found = try? ObjectResolver(index: self).resolveID(trimmed) { return found.ref }
        return .missing(kind: "object", id: trimmed)
    }
}
