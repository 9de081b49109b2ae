import AraCore

/// A YAML value as nested HTML lists, every scalar escaped.
enum YAMLHTML {
    /// Nesting shown before the rest is cut (the reader already bounds depth; this bounds the page).
    static let maxDepth = 12

    static func render(_ node: YAMLNode, depth: Int = 0) -> String {
        if depth > maxDepth { return "…" }
        switch node.value {
        case .string(let text), .plain(let text): return HTMLText.escape(text)
        case .null: return "<span class=\"muted\">—</span>"
        case .sequence(let items):
            if items.allSatisfy({ $0.scalarText != nil }) && items.count <= 6 {
                return items.map { HTMLText.escape($0.scalarText ?? "") }.joined(separator: ", ")
            }
            return "<ul>" + items.map { "<li>" + render($0, depth: depth + 1) + "</li>" }.joined() + "</ul>"
        case .mapping(let entries): return fields(entries, depth: depth + 1)
        }
    }

    static func fields(_ entries: [YAMLEntry], depth: Int = 0) -> String {
        "<dl class=\"fields\">"
            + entries.map { "<dt>\(HTMLText.escape($0.key))</dt><dd>\(render($0.value, depth: depth))</dd>" }.joined()
            + "</dl>"
    }
}
