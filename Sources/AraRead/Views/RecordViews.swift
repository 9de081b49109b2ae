import AraCore

/// A YAML record (a staged observation, a session) as key–text fields,
/// with the objects it names resolved one step.
public struct RecordView: Sendable, Encodable {
    public var ref: ObjectRef
    public var fields: [FieldView]
    /// Objects the record names: an observation's `bound_to` nodes and
    /// `promoted_to` object, a session's events and touched claims.
    public var links: [ObjectRef]

    init(observation: Observation, in index: ObjectIndex) {
        ref = index.ref(observation)
        fields = Self.fields(of: observation.node)
        links =
            observation.boundTo.map { index.nodeRef($0) }
            + (observation.promotedTo.map { [index.anyRef($0)] } ?? [])
    }

    init(session: SessionRecord, in index: ObjectIndex) {
        ref = index.ref(session)
        let root = session.file.root
        fields = (root?["session"]).map(Self.fields) ?? []
        for key in ["open_threads", "ai_suggestions_pending"] {
            if let items = root?[key]?.stringList, !items.isEmpty {
                fields.append(FieldView(name: key, text: items.joined(separator: "; ")))
            }
        }
        let eventIDs = session.events.compactMap { $0["id"]?.scalarText }
        let touched = root?["claims_touched"]?.stringList ?? []
        var seen: Set<String> = []
        links = (eventIDs + touched).filter { seen.insert($0).inserted }.map(index.anyRef)
    }

    /// Scalar and list values of a mapping, in source order.
    static func fields(of node: YAMLNode) -> [FieldView] {
        (node.mapping ?? []).compactMap { entry in
            if let text = entry.value.scalarText { return FieldView(name: entry.key, text: text) }
            if let items = entry.value.stringList {
                return FieldView(name: entry.key, text: items.joined(separator: "; "))
            }
            return nil
        }
    }
}
