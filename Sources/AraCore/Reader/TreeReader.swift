/// Reads `trace/exploration_tree.yaml` in every dialect seen: `tree:` lists,
/// a single `root:` node, key aliases per type, scalar or mixed `evidence:`,
/// unknown types and extra keys.
struct TreeReader {
    let path: String
    let limits: ReadLimits
    private var diagnostics: [Diagnostic] = []
    private var reportedKeys: Set<String> = []

    init(path: String = TreeSchema.path, limits: ReadLimits) {
        self.path = path
        self.limits = limits
    }

    /// The tree, and the YAML document it was read from (for tools that edit the text in place).
    static func read(_ file: TextFile, limits: ReadLimits) -> (
        tree: ExplorationTree?, document: YAMLNode?, diagnostics: [Diagnostic]
    ) {
        var reader = TreeReader(path: file.path, limits: limits)
        let parsed = YAMLReader(limits: limits).read(file.text, path: file.path)
        reader.diagnostics = parsed.diagnostics
        guard let root = parsed.node else { return (nil, nil, reader.diagnostics) }
        var tree = ExplorationTree(headerComment: Self.headerComment(file.text))
        switch root.value {
        case .mapping(let entries):
            for entry in entries {
                switch entry.key {
                case "tree", "root":
                    tree.roots += reader.nodes(from: entry.value)
                default:
                    tree.extra.append(entry)
                }
            }
            if !entries.contains(where: { $0.key == "tree" || $0.key == "root" }) {
                reader.report(.unexpectedShape, at: root.location, "no 'tree:' list or 'root:' node at the top level")
            }
        case .sequence:
            reader.report(.unexpectedShape, at: root.location, "the file is a bare list; expected 'tree:' holding it")
            tree.roots = reader.nodes(from: root)
        default:
            reader.report(.unexpectedShape, at: root.location, "expected a mapping with a 'tree:' list")
        }
        return (tree, root, reader.diagnostics)
    }

    /// The comment block before the first YAML line. Stops at the first
    /// content line, so a long file costs nothing beyond its header.
    static func headerComment(_ text: String) -> [String] {
        var lines: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            let trimmed = rest[..<end].trimmingWhitespace()
            if trimmed.hasPrefix("#") {
                lines.append(trimmed)
            } else if !trimmed.isEmpty {
                break
            }
            rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
        }
        return lines
    }

    mutating func report(_ code: DiagnosticCode, at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(code, at: location, message))
    }

    /// A `tree:` list, or a single `root:` node.
    mutating func nodes(from value: YAMLNode) -> [TreeNode] {
        switch value.value {
        case .sequence(let items): return items.compactMap { node(from: $0) }
        case .mapping: return node(from: value).map { [$0] } ?? []
        case .null: return []
        default:
            report(.unexpectedShape, at: value.location, "expected a list of nodes")
            return []
        }
    }

    mutating func node(from value: YAMLNode) -> TreeNode? {
        guard let entries = value.mapping else {
            report(
                .unexpectedShape, at: value.location, "a tree node must be a mapping of keys; this item was not read")
            return nil
        }
        var node = TreeNode(id: nil, type: nil, origin: value.origin)
        if let typeText = value[TreeKey.type.rawValue]?.scalarText {
            node.type = NodeType(typeText)
        }
        let aliases = TreeSchema.aliases(node.type)
        var presentKeys = Set(entries.map(\.key))
        var rest: [YAMLEntry] = []
        for entry in entries {
            if let keyOrigin = entry.keyOrigin { node.keyOrigins.byKey[entry.key] = keyOrigin }
            switch TreeKey(rawValue: entry.key) {
            case .id: node.id = scalar(entry)
            case .type: break
            case .title: node.title = scalar(entry)
            case .supportLevel: node.supportLevel = scalar(entry)
            case .sourceRefs: node.sourceRefs = list(entry)
            case .alsoDependsOn: node.alsoDependsOn = list(entry) ?? []
            case .children: node.children = nodes(from: entry.value)
            default:
                if let canonical = aliases[entry.key], !presentKeys.contains(canonical) {
                    // Only the first alias takes the canonical name; a second
                    // one (`why_failed` and `reason` both) stays as it is.
                    presentKeys.insert(canonical)
                    var renamed = entry
                    renamed.key = canonical
                    renamed.value.origin.spelling = entry.key
                    rest.append(renamed)
                } else {
                    let known = TreeSchema.knows(entry.key) || aliases[entry.key] != nil
                    if !known, reportedKeys.insert(entry.key).inserted {
                        report(
                            .unknownKey, at: entry.keyLocation,
                            "key '\(entry.key)' is not in the tree schema; kept as an extra field")
                    }
                    rest.append(entry)
                }
            }
        }
        if let index = rest.firstIndex(where: { $0.key == TreeKey.evidence.rawValue }),
            rest[index].value.scalarText != nil
        {
            // Canonical evidence is a list; a lone scalar becomes its only item.
            let scalarNode = rest[index].value
            rest[index].value = YAMLNode(.sequence([scalarNode]), origin: scalarNode.origin)
        }
        node.fields = Self.canonicalOrder(rest, type: node.type)
        if node.id == nil {
            report(.missingNodeID, at: value.location, "tree node has no 'id'")
        }
        if case .other(let raw) = node.type {
            report(
                .unknownNodeType, at: value[TreeKey.type.rawValue]?.location ?? value.location,
                "node type '\(raw)' is not one of question, experiment, dead_end, decision, pivot; kept as written")
        }
        return node
    }

    static func canonicalOrder(_ entries: [YAMLEntry], type: NodeType?) -> [YAMLEntry] {
        let order = TreeSchema.typeKeys(type).map(\.rawValue)
        let known = order.compactMap { key in entries.first { $0.key == key } }
        let others = entries.filter { !order.contains($0.key) }
        return known + others
    }

    mutating func scalar(_ entry: YAMLEntry) -> String? {
        if let text = entry.value.scalarText { return text }
        if case .null = entry.value.value { return nil }
        report(.unexpectedShape, at: entry.value.location, "'\(entry.key)' should be a single value; it was not read")
        return nil
    }

    mutating func list(_ entry: YAMLEntry) -> [String]? {
        if let items = entry.value.stringList { return items }
        report(.unexpectedShape, at: entry.value.location, "'\(entry.key)' should be a list of values; it was not read")
        return nil
    }
}
