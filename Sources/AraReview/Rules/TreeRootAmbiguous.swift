import AraCore

/// TR011: a tree file with both `tree:` and `root:`.
struct TreeRootAmbiguous: Rule {
    let workload = RuleWorkload.scansText
    let description = RuleDescription(
        code: "TR011", name: "tree-root-ambiguous", severity: .error,
        summary: "The exploration tree has both a `tree:` list and a `root:` node at the top level.",
        why: """
            A tree file has one top: a `tree:` list, or (an older dialect) one `root:` node. With both, AraKit \
            reads them as separate trees side by side, which is rarely what the author meant, and other tools \
            read only one of them; the Rust CLI's own fixtures call it an error.
            """,
        example: "tree:\n  - id: N01\n    type: question\nroot:\n  id: N02\n  type: question",
        howToFix: """
            Keep `tree:`, the canonical list, and move the `root:` node into it as one more item (or under the \
            node it belongs to); then delete `root:`.
            """)

    func check(_ context: ReviewContext) -> [Finding] {
        guard context.bundle.tree != nil, let lines = context.lines(BundlePaths.tree) else { return [] }
        // `starts(with:)`: `hasPrefix` on a line (a Substring) is Foundation's
        // NSString search, and took as long as the rest of the review's rules.
        let top = { (key: String) in lines.firstIndex { $0.starts(with: key + ":") } }
        guard let tree = top("tree"), let root = top("root") else { return [] }
        return [
            Finding(
                description, at: SourceLocation(path: BundlePaths.tree, line: root + 1, column: 1),
                "both 'tree:' (line \(tree + 1)) and 'root:' (line \(root + 1)) are at the top level and are read as "
                    + "separate trees; a fix keeps 'tree:' and moves the 'root:' node into its list")
        ]
    }
}
