/// Writes an ``ExplorationTree`` in canonical form: header comment, other
/// top-level keys, then `tree:` with every node's keys in canonical order.
enum TreeWriter {
    static func render(_ tree: ExplorationTree) throws -> String {
        var entries = tree.extra
        entries.append(YAMLEntry(key: "tree", value: YAMLNode(.sequence(tree.roots.map(yaml)))))
        let body = try YAMLWriter.serialize(YAMLNode(.mapping(entries)))
        let header = tree.headerComment.isEmpty ? "" : tree.headerComment.joined(separator: "\n") + "\n\n"
        return header + body
    }

    static func yaml(_ node: TreeNode) -> YAMLNode {
        var entries: [YAMLEntry] = []
        func add(_ key: TreeKey, _ value: YAMLValue?) {
            if let value { entries.append(YAMLEntry(key: key.rawValue, value: YAMLNode(value))) }
        }
        add(.id, node.id.map(YAMLValue.string))
        add(.type, node.type.map { .string($0.description) })
        add(.title, node.title.map(YAMLValue.string))
        add(.supportLevel, node.supportLevel.map(YAMLValue.string))
        add(.sourceRefs, node.sourceRefs.map { .sequence($0.map { YAMLNode(.string($0)) }) })
        entries += node.fields
        if !node.alsoDependsOn.isEmpty {
            add(.alsoDependsOn, .sequence(node.alsoDependsOn.map { YAMLNode(.string($0)) }))
        }
        if !node.children.isEmpty {
            add(.children, .sequence(node.children.map(yaml)))
        }
        return YAMLNode(.mapping(entries))
    }
}
