import AraCore

extension ObjectResolver {
    /// The object an id names, up to zero padding (`C3` is `C03`): claims,
    /// experiments, nodes, heuristics, related work, staged observations
    /// (then problem items: `O1` in problem.md), other problem items, sessions.
    func resolveID(_ id: String) throws(ReadError) -> ReadObject {
        let context = index.context
        let bundle = index.bundle
        let key = BlockID.key(of: id)
        func matches(_ other: String?) -> Bool { other.map { $0 == id || BlockID.key(of: $0) == key } ?? false }
        switch BlockID.prefix(of: id) {
        case "C":
            if let claim = context.claim(id) { return .claim(ClaimView(claim, in: index)) }
        case "E":
            if let experiment = context.experiment(id) { return .experiment(ExperimentView(experiment, in: index)) }
        case "N":
            if let node = context.nodesByID[id] ?? context.nodes.first(where: { matches($0.id) }) {
                return .node(NodeView(node, in: index))
            }
        case "H":
            if let heuristic = bundle.heuristics.first(where: { matches($0.id) }) {
                return .block(BlockView(kind: "heuristic", section: heuristic.section))
            }
        case "RW":
            if let work = bundle.relatedWork.first(where: { matches($0.id) }) {
                return .block(BlockView(kind: "related_work", section: work.section, detail: work.type))
            }
        case "O":
            if let observation = bundle.observations.first(where: { matches($0.id) }) {
                return .record(RecordView(observation: observation, in: index))
            }
        default:
            break
        }
        if let item = bundle.problemItems.first(where: { matches($0.id) }) {
            return .block(BlockView(kind: "problem", section: item.section))
        }
        if let session = bundle.sessions.first(where: { ObjectIndex.sessionID($0) == id || Self.stem($0) == id }) {
            return .record(RecordView(session: session, in: index))
        }
        throw .notFound(target: id, hint: "no object has this id")
    }

    /// A session file's name without its extension.
    static func stem(_ session: SessionRecord) -> String {
        let name = session.file.path.split(separator: "/").last.map(String.init) ?? session.file.path
        return String(name.prefix(upTo: name.lastIndex(of: ".") ?? name.endIndex))
    }
}
