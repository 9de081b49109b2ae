import AraCore

/// How a node type is drawn. Dead ends differ from the others in shape,
/// border and label as well as colour, so they stay unmistakable in grey
/// print and to colour-blind readers.
public struct NodeStyle: Sendable, Equatable {
    public var shape: String
    public var fill: String
    public var stroke: String
    /// Extra Graphviz style words (`bold`, `dashed` …) after `filled`.
    public var style: String
    /// Graphviz peripheries: 2 draws a double border.
    public var peripheries: Int
    /// Words put before the title in the label.
    public var badge: String

    public static func of(_ type: NodeType?) -> NodeStyle {
        switch type {
        case .question:
            NodeStyle(shape: "ellipse", fill: "#dbeafe", stroke: "#1d4ed8", style: "", peripheries: 1, badge: "?")
        case .experiment:
            NodeStyle(shape: "box", fill: "#dcfce7", stroke: "#15803d", style: "rounded", peripheries: 1, badge: "")
        case .deadEnd:
            NodeStyle(
                shape: "octagon", fill: "#fee2e2", stroke: "#b91c1c", style: "dashed,bold", peripheries: 2,
                badge: "✕ DEAD END")
        case .decision:
            NodeStyle(shape: "hexagon", fill: "#fef3c7", stroke: "#b45309", style: "", peripheries: 1, badge: "")
        case .pivot:
            NodeStyle(
                shape: "cds", fill: "#ede9fe", stroke: "#6d28d9", style: "bold", peripheries: 1,
                badge: "↷ PIVOT")
        case .other, nil:
            NodeStyle(shape: "note", fill: "#f3f4f6", stroke: "#4b5563", style: "", peripheries: 1, badge: "")
        }
    }

    /// The CSS class of a type (`dead_end` → `t-dead_end`).
    public static func cssClass(_ type: NodeType?) -> String {
        "t-" + HTMLText.slug(type?.description ?? "untyped").replacingOccurrences(of: "-", with: "_")
    }
}
