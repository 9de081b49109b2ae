import Yams

/// Emits ``YAMLNode``s as YAML text in AraKit's canonical style.
///
/// Canonical style: two-space indentation, block collections, keys in the
/// order given, plain scalars where YAML reads them back as the same value,
/// double quotes where it would not, literal blocks (`|`) for multi-line text,
/// and Unicode written as itself.
public enum YAMLWriter {
    public static func serialize(_ node: YAMLNode) throws -> String {
        try Yams.serialize(node: yamsNode(node), indent: 2, width: 100, allowUnicode: true)
    }

    static func yamsNode(_ node: YAMLNode) -> Node {
        switch node.value {
        case .null:
            return Node("null", Tag(.null))
        case .plain(let text):
            return Node(text, .implicit, .plain)
        case .string(let text):
            return Node(text, Tag(.str), style(for: text))
        case .sequence(let items):
            return .sequence(Node.Sequence(items.map(yamsNode), Tag(.seq), .block))
        case .mapping(let entries):
            let pairs = entries.map { (Node($0.key, Tag(.str), style(for: $0.key)), yamsNode($0.value)) }
            return .mapping(Node.Mapping(pairs, Tag(.map), .block))
        }
    }

    /// The scalar style that reads back as the same string.
    static func style(for text: String) -> Node.Scalar.Style {
        if text.contains("\n") {
            // A literal block cannot hold trailing spaces on a line or leading
            // blank lines faithfully; quote those.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let literalSafe =
                !text.hasPrefix(" ") && !text.hasPrefix("\n")
                && lines.allSatisfy { !$0.hasSuffix(" ") && !$0.hasSuffix("\t") }
                && !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" })
            return literalSafe ? .literal : .doubleQuoted
        }
        if text.isEmpty { return .doubleQuoted }
        // A plain scalar that would resolve to another type must be quoted.
        if Resolver.default.resolveTag(of: Node(text)) != .str { return .doubleQuoted }
        return .any
    }
}
