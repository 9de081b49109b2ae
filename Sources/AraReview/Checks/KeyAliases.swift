import AraCore

/// Findings for tree keys written in an alias spelling, with a fix that renames the key.
enum KeyAliases {
    static func findings(_ rule: RuleDescription, type: NodeType, context: ReviewContext) -> [Finding] {
        guard let lines = context.lines(BundlePaths.tree) else { return [] }
        var findings: [Finding] = []
        for node in context.nodes where node.type == type {
            for entry in node.fields {
                guard let alias = entry.value.origin.spelling else { continue }
                findings.append(
                    rename(
                        rule, node: node, from: alias, to: entry.key, lines: lines,
                        message: "node \(node.id ?? "?") writes '\(alias)'; the canonical key is '\(entry.key)'"))
            }
        }
        return findings
    }

    /// A finding at the key `from` of `node`, with a fix that renames it to `to` in place.
    static func rename(
        _ rule: RuleDescription, node: TreeNode, from key: String, to spelling: String, lines: [String],
        message: String
    ) -> Finding {
        let location = node.location(ofKeyNamed: key)
        let fix = keyLine(key, near: location.line, in: lines).map { index in
            Fix(
                "rename '\(key)' to '\(spelling)'",
                edits: [
                    TextEdit.replaceLine(
                        BundlePaths.tree, line: index + 1,
                        with: lines[index].replacingFirst(key + ":", with: spelling + ":"))
                ],
                preservesModel: true)
        }
        return Finding(rule, at: location, message, entity: node.id, fix: fix)
    }

    /// The 0-based index of the line that holds `key:` at or above the value's line.
    static func keyLine(_ key: String, near line: Int, in lines: [String]) -> Int? {
        var index = min(line, lines.count) - 1
        while index >= 0, index >= line - 3 {
            let content = lines[index].drop(while: { $0 == " " || $0 == "-" })
            if content.hasPrefix(key + ":") { return index }
            index -= 1
        }
        return nil
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
