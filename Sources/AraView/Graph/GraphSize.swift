import AraCore

/// How big the exploration graph is, and whether it is drawn.
///
/// Graphviz's layout grows faster than the graph (measured with `dot` on this
/// project's machine, random trees: 1,000 nodes 0.4 s, 2,000 nodes 2.5 s,
/// 4,000 nodes 8 s; a flat tree of 8,000 nodes 8 s), and a drawing of
/// thousands of nodes cannot be read anyway. Past the bound the graph page
/// lists the nodes instead of drawing them, and says so.
public struct GraphSize: Sendable, Equatable {
    /// Nodes and edges together, at most, for a drawing.
    public static let maxDrawnElements = 5_000

    public var nodes: Int
    /// Parent → child edges and the `also_depends_on` edges drawn (those naming a node of the tree).
    public var edges: Int

    public init(_ tree: ExplorationTree) {
        let ids = GraphDOT.nodeIDs(tree)
        let known = Set(ids)
        nodes = ids.count
        edges = tree.allNodes.reduce(ids.count - tree.roots.count) { count, node in
            count + node.alsoDependsOn.count { known.contains($0) }
        }
    }

    public var isDrawn: Bool { nodes + edges <= Self.maxDrawnElements }

    /// Why the graph is listed, not drawn.
    public var note: String {
        "The exploration graph has \(nodes) nodes and \(edges) edges, more than the "
            + "\(Self.maxDrawnElements) (together) that are drawn: it is listed as a tree instead, "
            + "and graph.dot holds it for a layout of your own."
    }
}
