import AraCore

/// DR004: pivot keys in the spelling the bundle chose not to use.
struct PivotKeyAlias: Rule {
    let description = RuleDescription(
        code: "DR004", name: "pivot-key-alias", severity: .info,
        summary: """
            A pivot node writes its keys in the other spelling than the one the bundle's arakit.toml chose \
            (`pivot-keys`); silent when it chose none.
            """,
        why: """
            Both spellings are in real use and each passes one reference tool: `from`/`to`/`trigger` is what \
            the compiler spec, the research manager's event taxonomy and the Python checker want; \
            `prior_direction`/`new_direction`/`reason` are the protocol's published node fields, which the \
            Rust `ara check` wants (its ARA007 rewrites toward them). Neither is wrong, so AraKit flags \
            neither unless a bundle picks one with `pivot-keys = "from-to-trigger"` or `pivot-keys = \
            "published"` in arakit.toml.
            """,
        example: """
            pivot-keys = "from-to-trigger"   (arakit.toml)
            - id: N20
              type: pivot
              prior_direction: LLM judge
            """,
        howToFix: "Rename the keys to the chosen spelling. `--fix` renames them in place.",
        fixable: true)

    /// Published spelling → the model's name.
    static let published = ["prior_direction": "from", "new_direction": "to", "reason": "trigger"]

    func check(_ context: ReviewContext) -> [Finding] {
        switch context.pivotKeys {
        case nil: return []
        case .fromToTrigger: return KeyAliases.findings(description, type: .pivot, context: context)
        case .published: return towardPublished(context)
        }
    }

    /// `from`, `to`, `trigger` written as such, renamed toward the published fields.
    func towardPublished(_ context: ReviewContext) -> [Finding] {
        guard let lines = context.lines(BundlePaths.tree) else { return [] }
        let wanted = Dictionary(uniqueKeysWithValues: Self.published.map { ($0.value, $0.key) })
        var findings: [Finding] = []
        for node in context.nodes where node.type == .pivot {
            for entry in node.fields {
                guard entry.value.origin.spelling == nil, let spelling = wanted[entry.key] else { continue }
                findings.append(
                    KeyAliases.rename(
                        description, node: node, from: entry.key, to: spelling, lines: lines,
                        message:
                            "node \(node.id ?? "?") writes '\(entry.key)'; this bundle's arakit.toml chooses '\(spelling)' (pivot-keys = \"published\")"
                    ))
            }
        }
        return findings
    }
}
