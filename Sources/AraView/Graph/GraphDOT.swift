import AraCore

/// The exploration tree as a Graphviz DOT graph: one node per tree node,
/// a solid edge from parent to child, a dashed one per `also_depends_on`.
public enum GraphDOT {
    /// Node ids the DOT text uses, in tree order; nodes without an id get `#n` by position.
    public static func nodeIDs(_ tree: ExplorationTree) -> [String] {
        tree.allNodes.enumerated().map { index, node in node.id ?? "#\(index + 1)" }
    }

    public static func dot(_ tree: ExplorationTree) -> String {
        let nodes = tree.allNodes
        let ids = nodeIDs(tree)
        let known = Set(ids)
        var lines = [
            "digraph exploration {",
            "  graph [rankdir=\(direction(tree)), nodesep=0.25, ranksep=0.45, fontname=\"Helvetica\", bgcolor=\"transparent\"];",
            "  node [fontname=\"Helvetica\", fontsize=10, margin=\"0.12,0.06\", penwidth=1.2];",
            "  edge [color=\"#6b7280\", arrowsize=0.6];",
        ]
        for (node, id) in zip(nodes, ids) { lines.append(nodeLine(node, id: id)) }
        lines += edgeLines(tree, ids: ids)
        for (node, id) in zip(nodes, ids) {
            for dependency in node.alsoDependsOn where known.contains(dependency) {
                let edgeID = "edge-also-\(HTMLText.slug(dependency))-\(HTMLText.slug(id))"
                lines.append("  \(quoted(dependency)) -> \(quoted(id)) [style=dashed, id=\(quoted(edgeID))];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func nodeLine(_ node: TreeNode, id: String) -> String {
        let style = NodeStyle.of(node.type)
        var label = style.badge.isEmpty ? "" : style.badge + "\n"
        label += id + "\n" + wrap(node.title ?? "", width: 26, maxLines: 3)
        let attributes = [
            "id=\(quoted("node-" + HTMLText.slug(id)))",
            "label=\(quoted(label))",
            "shape=\(style.shape)",
            "style=\(quoted(["filled", style.style].filter { !$0.isEmpty }.joined(separator: ",")))",
            "fillcolor=\(quoted(style.fill))",
            "color=\(quoted(style.stroke))",
            "peripheries=\(style.peripheries)",
            "URL=\(quoted(SitePaths.nodeDetail(id)))",
            "tooltip=\(quoted(node.title ?? id))",
        ]
        return "  \(quoted(id)) [\(attributes.joined(separator: ", "))];"
    }

    /// Top to bottom, unless the tree is much wider than deep (many roots, few
    /// levels): then left to right, so the page scrolls down instead of sideways.
    static func direction(_ tree: ExplorationTree) -> String {
        var widths: [Int] = []
        var level = tree.roots
        while !level.isEmpty, widths.count < 1_000 {
            widths.append(level.count)
            level = level.flatMap(\.children)
        }
        return (widths.max() ?? 0) > 4 * max(widths.count, 1) ? "LR" : "TB"
    }

    /// Parent → child edges, walked with an explicit stack (trees can be deep)
    /// in the same depth-first order as `allNodes`, so position gives each node's id.
    static func edgeLines(_ tree: ExplorationTree, ids: [String]) -> [String] {
        var lines: [String] = []
        var index = 0
        for root in tree.roots {
            var stack: [(TreeNode, String?)] = [(root, nil)]
            while let (node, parent) = stack.popLast() {
                let id = index < ids.count ? ids[index] : "#\(index + 1)"
                index += 1
                if let parent {
                    let edgeID = "edge-\(HTMLText.slug(parent))-\(HTMLText.slug(id))"
                    lines.append("  \(quoted(parent)) -> \(quoted(id)) [id=\(quoted(edgeID))];")
                }
                stack.append(contentsOf: node.children.reversed().map { ($0, id) })
            }
        }
        return lines
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, control characters dropped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            default: if scalar.value >= 0x20 && scalar.value != 0x7F { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }

    /// Words wrapped to lines of about `width` characters, at most `maxLines` (then an ellipsis).
    static func wrap(_ text: String, width: Int, maxLines: Int) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines { lines = Array(lines.prefix(maxLines)) + ["…"] }
        return lines.joined(separator: "\n")
    }
}
