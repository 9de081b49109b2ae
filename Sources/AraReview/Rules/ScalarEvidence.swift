import AraCore

/// DR007: a tree node's `evidence:` written as one string.
struct ScalarEvidence: Rule {
    let workload = RuleWorkload.scansText
    let description = RuleDescription(
        code: "DR007", name: "scalar-evidence", severity: .info,
        summary: "A tree node's `evidence:` is a single string instead of a list.",
        why: "Tools iterate `evidence:` as a list of claim ids and references; a string is read as one item at best.",
        example: "evidence: \"Table 3 shows the gap\"",
        howToFix: "Write a list: `evidence: [\"Table 3 shows the gap\"]`. `--fix` does so for one-line values.",
        fixable: true)

    func check(_ context: ReviewContext) -> [Finding] {
        guard let lines = context.lines(BundlePaths.tree) else { return [] }
        return context.nodes.compactMap { node in
            guard let evidence = node.field(.evidence), let items = evidence.sequence, items.count == 1,
                let text = items[0].scalarText
            else { return nil }
            let line = evidence.location.line
            guard line >= 1, line <= lines.count, let keyIndex = KeyAliases.keyLine("evidence", near: line, in: lines)
            else { return nil }
            let raw = lines[keyIndex]
            guard let colon = raw.range(of: "evidence:") else { return nil }
            let value = raw[colon.upperBound...].trimmingWhitespace()
            guard !value.isEmpty, !value.hasPrefix("["), !value.hasPrefix("-"), keyIndex + 1 == line else {
                return nil
            }
            var fix: Fix?
            if !value.hasPrefix("|"), !value.hasPrefix(">") {
                let quoted =
                    "\""
                    + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    + "\""
                let rewritten = String(raw[..<colon.upperBound]) + " [" + quoted + "]"
                fix = Fix(
                    "write evidence as a list",
                    edits: [TextEdit.replaceLine(BundlePaths.tree, line: line, with: rewritten)],
                    preservesModel: true)
            }
            return Finding(
                description, at: SourceLocation(path: BundlePaths.tree, line: line, column: 1),
                "node \(node.id ?? "?") writes evidence as one string; write a list", entity: node.id, fix: fix)
        }
    }
}
