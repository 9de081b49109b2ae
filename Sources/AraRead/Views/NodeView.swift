import AraCore

/// A tree node with its ancestry (root first), its children, the dead ends
/// under it, its extra parents and the claims its `evidence:` names.
public struct NodeView: Sendable, Encodable {
    public var ref: ObjectRef
    public var fields: [FieldView]
    public var ancestry: [ObjectRef]
    public var children: [ObjectRef]
    /// Dead ends anywhere under the node (the node itself when it is one).
    public var deadEnds: [ObjectRef]
    public var alsoDependsOn: [ObjectRef]
    public var claims: [ObjectRef]

    enum CodingKeys: String, CodingKey {
        case ref, fields, ancestry, children
        case deadEnds = "dead_ends"
        case alsoDependsOn = "also_depends_on"
        case claims
    }

    init(_ node: TreeNode, in index: ObjectIndex) {
        ref = index.ref(node)
        var fields: [FieldView] = []
        if let level = node.supportLevel { fields.append(FieldView(name: "support_level", text: level)) }
        if let refs = node.sourceRefs, !refs.isEmpty {
            fields.append(FieldView(name: "source_refs", text: refs.joined(separator: "; ")))
        }
        for entry in node.fields {
            if let text = node.text(entry.key) { fields.append(FieldView(name: entry.key, text: text)) }
        }
        self.fields = fields
        ancestry = index.ancestry(of: node).map(index.ref)
        children = node.children.map(index.ref)
        deadEnds = node.subtree.filter { $0.type == .deadEnd }.map(index.ref)
        alsoDependsOn = node.alsoDependsOn.map { id in
            index.context.nodesByID[id].map(index.ref) ?? .missing(kind: "node", id: id)
        }
        claims = node.evidence.compactMap { if case .id(let id) = $0 { index.claimRef(id) } else { nil } }
    }
}
