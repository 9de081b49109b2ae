import AraCore
import Foundation

/// The exploration tree flattened for the graph page's script and its tree
/// view: each node with its depth, parent, replay position and search text.
struct GraphData: Encodable {
    struct Node: Encodable {
        var id: String
        var slug: String
        var type: String
        var title: String
        var dead: Bool
        /// Position in the replay: recorded time order, document order for ties.
        var order: Int
        /// Lower-cased id, title and field texts, for the search box.
        var text: String
        var depth: Int
        /// The id of the node this one is nested under.
        var parent: String?
    }

    struct Edge: Encodable {
        var id: String
        var from: String
        var to: String
    }

    var nodes: [Node]
    var edges: [Edge]

    init(_ tree: ExplorationTree) {
        let ids = GraphDOT.nodeIDs(tree)
        var flat: [(node: TreeNode, depth: Int, parent: String?)] = []
        for root in tree.roots {
            var stack: [(TreeNode, Int, String?)] = [(root, 0, nil)]
            while let (node, depth, parent) = stack.popLast() {
                let id = ids[flat.count]
                flat.append((node, depth, parent))
                stack.append(contentsOf: node.children.reversed().map { ($0, depth + 1, id) })
            }
        }
        let order = Self.replayOrder(flat.map(\.node))
        nodes = flat.enumerated().map { index, entry in
            let id = ids[index]
            let text = ([id, entry.node.title ?? ""] + entry.node.fields.compactMap { entry.node.text(named: $0.key) })
                .joined(separator: " ").lowercased()
            return Node(
                id: id, slug: HTMLText.slug(id), type: entry.node.type?.description ?? "untyped",
                title: entry.node.title ?? "", dead: entry.node.type == .deadEnd, order: order[index],
                text: text, depth: entry.depth, parent: entry.parent)
        }
        var edges: [Edge] = []
        for (node, entry) in zip(nodes, flat) {
            if let parent = node.parent.map({ HTMLText.slug($0) }) {
                edges.append(Edge(id: "edge-\(parent)-\(node.slug)", from: parent, to: node.slug))
            }
            for dependency in entry.node.alsoDependsOn where ids.contains(dependency) {
                let from = HTMLText.slug(dependency)
                edges.append(Edge(id: "edge-also-\(from)-\(node.slug)", from: from, to: node.slug))
            }
        }
        self.edges = edges
    }

    /// Each node's replay position: by `timestamp` (or `date`), an undated node
    /// taking the time of the node before it, document order breaking ties.
    static func replayOrder(_ nodes: [TreeNode]) -> [Int] {
        var carried = ""
        let keys = nodes.enumerated().map { index, node -> (String, Int) in
            if let time = node.text(.timestamp) ?? node.text(.date) { carried = time }
            return (carried, index)
        }
        let sorted = keys.sorted { $0 < $1 }.map(\.1)
        var position = [Int](repeating: 0, count: nodes.count)
        for (rank, index) in sorted.enumerated() { position[index] = rank }
        return position
    }

    /// JSON safe inside a `<script>` element: `<` never appears literally.
    /// Keys sorted: the same bundle renders to the same bytes in every process.
    func scriptJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(self)) ?? Data("{\"nodes\":[],\"edges\":[]}".utf8)
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }
}
