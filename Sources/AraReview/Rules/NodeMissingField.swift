import AraCore

/// TR001: a tree node without a key its type requires.
struct NodeMissingField: Rule {
    let description = RuleDescription(
        code: "TR001", name: "node-missing-field", severity: .error,
        summary: "A tree node lacks `type`, `title` or a key its type requires (SPEC.md §4.3).",
        why: """
            Each journey type carries what makes it useful later: a dead end's hypothesis, failure mode and \
            lesson; a decision's choice and alternatives; a pivot's from, to and trigger.
            """,
        example: "- id: N07\n  type: dead_end\n  title: Plain 1000-layer net\n  hypothesis: depth alone helps",
        howToFix: "Add the missing key to the node (write `pending` when it is not known yet).")

    func check(_ context: ReviewContext) -> [Finding] {
        context.nodes.flatMap { node -> [Finding] in
            let name = node.id ?? "without id"
            var missing: [String] = []
            if node.type == nil { missing.append("type") }
            if (node.title ?? "").trimmingWhitespace().isEmpty { missing.append("title") }
            for key in node.type?.requiredKeys ?? [] where Self.isEmpty(node.field(key)) {
                missing.append(key.rawValue)
            }
            return missing.map {
                Finding(description, at: node.location, "node \(name) has no '\($0)'", entity: node.id)
            }
        }
    }

    static func isEmpty(_ value: YAMLNode?) -> Bool {
        guard let value else { return true }
        switch value.value {
        case .null: return true
        case .string(let text), .plain(let text): return text.trimmingWhitespace().isEmpty
        case .sequence(let items): return items.isEmpty
        case .mapping(let entries): return entries.isEmpty
        }
    }
}
