import AraCore

/// DR001: `root:` holding one node instead of a `tree:` list.
struct TreeRootKey: Rule {
    let workload = RuleWorkload.scansText
    let description = RuleDescription(
        code: "DR001", name: "tree-root-key", severity: .info,
        summary: "The exploration tree uses `root:` with a single node instead of the canonical `tree:` list.",
        why: """
            Several roots (parallel research questions) only fit a list. Every reference tool accepts \
            `tree:`; the Rust CLI's ARA001 makes the same change.
            """,
        example: "root:\n  id: N01\n  type: question",
        howToFix: "Write `tree:` and make the node the first item of a list. `--fix` does exactly that.",
        fixable: true)

    func check(_ context: ReviewContext) -> [Finding] {
        guard context.bundle.tree != nil, let lines = context.lines(BundlePaths.tree),
            let rootLine = lines.firstIndex(where: {
                $0.hasPrefix("root:") && $0.dropFirst(5).trimmingWhitespace().isEmpty
            })
        else { return [] }
        var end = rootLine + 1
        while end < lines.count, lines[end].isEmpty || lines[end].first == " " || lines[end].first == "#" { end += 1 }
        var replacement = ["tree:"]
        var listed = false
        for line in lines[(rootLine + 1)..<end] {
            let content = line.drop(while: { $0 == " " })
            if !listed, !content.isEmpty, !content.hasPrefix("#") {
                let indent = line.count - content.count
                replacement.append(String(repeating: " ", count: indent) + "- " + content)
                listed = true
            } else {
                replacement.append(line.isEmpty ? line : "  " + line)
            }
        }
        let fix = Fix(
            "rewrite 'root:' as a 'tree:' list",
            edits: [TextEdit(path: BundlePaths.tree, lines: rootLine..<end, replacement: replacement)],
            preservesModel: true)
        return [
            Finding(
                description, at: SourceLocation(path: BundlePaths.tree, line: rootLine + 1, column: 1),
                "'root:' holds a single node; the canonical form is a 'tree:' list", fix: fix)
        ]
    }
}
