import AraCore

/// The exploration tree as capture and record see it: the ids, types and
/// parents of its nodes, and the nodes this run adds, which are appended to
/// the file in place (SPEC.md §10.5) so existing text is never rewritten.
struct TreeState {
    static let path = BundlePaths.tree
    static let header = [
        "# Exploration tree: every question, experiment, decision, dead end and pivot.",
        "# Journey facts are appended here as they happen; nothing is deleted.",
    ]

    private let text: String?
    private let document: YAMLNode?
    private var types: [String: NodeType] = [:]
    private var parents: [String: String] = [:]
    private(set) var roots: [String] = []
    /// Every node's `source_refs`, by node id, in document order.
    private(set) var sourceRefs: [(id: String, refs: Set<String>)] = []
    /// The first node whose `source_refs` hold `git:<sha>`, by sha.
    private(set) var nodeByCommit: [String: String] = [:]
    private var highest: (number: Int, id: String)?
    private var digits = 2
    private var added: [(node: TreeNode, parent: String?)] = []

    init(texts: inout BundleTexts) throws(CaptureError) {
        text = try texts.text(Self.path)
        guard let text else {
            document = nil
            return
        }
        let parsed = ExplorationTree.parse(text)
        guard let tree = parsed.tree, let root = parsed.document else {
            let problem =
                parsed.diagnostics.first.map { "line \($0.location.line): \($0.message)" } ?? "it does not parse"
            throw .unreadable(path: Self.path, reason: "\(problem); fix it (see `arakit info`), then retry")
        }
        document = root
        for node in tree.roots { register(node, parent: nil, isRoot: true) }
    }

    /// Indexes a node and, recursively, its children. A child of a node
    /// without id has no parent id, and is not a root either.
    private mutating func register(_ node: TreeNode, parent: String?, isRoot: Bool) {
        if let id = node.id {
            if let type = node.type { types[id] = type }
            if let parent { parents[id] = parent } else if isRoot { roots.append(id) }
            let refs = Set(node.sourceRefs ?? [])
            sourceRefs.append((id, refs))
            mapCommits(of: id, refs: refs)
            if let number = Self.number(of: id), number > highest?.number ?? 0 {
                highest = (number, id)
                digits = max(2, id.utf8.count - 1)
            }
        }
        for child in node.children { register(child, parent: node.id ?? parent, isRoot: false) }
    }

    /// Maps the commits a node was made from to it. A branch dead end names its
    /// branch (`git:refs/heads/x`) and the tip it found; the tip commit is not
    /// what it was made from, so it is not mapped.
    private mutating func mapCommits(of id: String, refs: Set<String>) {
        guard !refs.contains(where: { $0.hasPrefix("git:refs/") }) else { return }
        for ref in refs
        where ref.hasPrefix("git:") && ref.utf8.count == 44 && nodeByCommit[String(ref.dropFirst(4))] == nil {
            nodeByCommit[String(ref.dropFirst(4))] = id
        }
    }

    /// Lets `commit` stand for `node` in this run only (a copy of the
    /// commit the node was made from); nothing is written.
    mutating func alias(_ commit: String, to node: String) {
        if nodeByCommit[commit] == nil { nodeByCommit[commit] = node }
    }

    /// `N07` → 7; nil for ids of another shape.
    static func number(of id: String) -> Int? {
        guard id.hasPrefix("N"), id.utf8.count > 1 else { return nil }
        return Int(id.dropFirst())
    }

    func contains(_ id: String) -> Bool { types[id] != nil || parents[id] != nil || roots.contains(id) }

    func type(of id: String) -> NodeType? { types[id] }

    /// The node added or recorded last: the highest `N` number.
    var lastNode: String? { highest?.id }

    /// The nearest node at or above `id` that may take children: a dead end
    /// never does (TR005), so its own parent stands in for it.
    func standIn(for id: String?) -> String? {
        var current = id
        var steps = 0
        while let id = current, types[id] == .deadEnd, steps < 10_000 {
            current = parents[id]
            steps += 1
        }
        return current
    }

    /// Where a new node of `type` goes when it follows `id`: the nearest node
    /// at or above `id` that ranks above it (SPEC.md §10.3). Experiments and
    /// decisions sit side by side under their question, questions under the
    /// pivot that opened them, so the tree stays a few levels deep however
    /// long the history.
    func holder(for type: NodeType, after id: String?) -> String? {
        let rank = Self.rank(type)
        var current = id
        var steps = 0
        while let id = current, steps < 10_000 {
            if Self.rank(types[id]) < rank { return id }
            current = parents[id]
            steps += 1
        }
        return nil
    }

    /// pivot 1, question 2, experiment, decision and other types 3, dead end 4.
    static func rank(_ type: NodeType?) -> Int {
        switch type {
        case .pivot: 1
        case .question: 2
        case .deadEnd: 4
        default: 3
        }
    }

    /// The next free node id, zero-padded like the existing ones.
    mutating func nextID() -> String {
        let number = (highest?.number ?? 0) + 1
        let text = String(number)
        let id = "N" + String(repeating: "0", count: max(0, digits - text.count)) + text
        highest = (number, id)
        return id
    }

    /// Adds a node (its id from ``nextID()``) under `parent`, or as a new root.
    mutating func add(_ node: TreeNode, under parent: String?) {
        guard node.id != nil else { return }
        added.append((node, parent))
        register(node, parent: parent, isRoot: parent == nil)
    }

    /// The tree text with every added node in place, or nil when nothing was added.
    func updatedText() throws(CaptureError) -> String? {
        guard !added.isEmpty else { return nil }
        let addedIDs = Set(added.compactMap(\.node.id))
        var children: [String: [TreeNode]] = [:]
        for (node, parent) in added {
            if let parent, addedIDs.contains(parent) { children[parent, default: []].append(node) }
        }
        func nested(_ node: TreeNode) -> TreeNode {
            var node = node
            node.children = (children[node.id ?? ""] ?? []).map(nested)
            return node
        }
        // Additions grouped by the existing node (or the top level) they go under.
        var groups: [(parent: String?, nodes: [TreeNode])] = []
        for (node, parent) in added where parent.map({ !addedIDs.contains($0) }) ?? true {
            if let index = groups.firstIndex(where: { $0.parent == parent }) {
                groups[index].nodes.append(nested(node))
            } else {
                groups.append((parent, [nested(node)]))
            }
        }
        guard var text, let document else {
            let roots = groups.flatMap(\.nodes)
            do {
                return try ExplorationTree(roots: roots, headerComment: Self.header).render()
            } catch {
                throw .write("cannot write \(Self.path): \(error)")
            }
        }
        for group in groups {
            var path: [YAMLTextEdit.Step] = [.key("tree")]
            if let parent = group.parent {
                guard let found = Self.path(to: parent, in: document) else { throw .unknownNode(parent) }
                path = found + [.key("children")]
            }
            do {
                text = try YAMLTextEdit.apply(.items(group.nodes.map(\.yaml)), at: path, in: text, file: Self.path)
            } catch {
                throw .edit(error)
            }
        }
        return text
    }

    /// Where the node with `id` sits in the raw document (`tree`, `root` or a bare list).
    static func path(to id: String, in document: YAMLNode) -> [YAMLTextEdit.Step]? {
        func search(_ node: YAMLNode, _ path: [YAMLTextEdit.Step]) -> [YAMLTextEdit.Step]? {
            switch node.value {
            case .sequence(let items):
                for (index, item) in items.enumerated() {
                    if let found = search(item, path + [.index(index)]) { return found }
                }
            case .mapping:
                if node["id"]?.scalarText == id { return path }
                if let children = node["children"] { return search(children, path + [.key("children")]) }
            default:
                break
            }
            return nil
        }
        if case .mapping(let entries) = document.value {
            for entry in entries where entry.key == "tree" || entry.key == "root" {
                if let found = search(entry.value, [.key(entry.key)]) { return found }
            }
            return nil
        }
        return search(document, [])
    }
}
