import AraCore

/// ST002: a core file that holds no content.
struct TrivialCoreFile: Rule {
    let description = RuleDescription(
        code: "ST002", name: "trivial-core-file", severity: .warning,
        summary: "A core file exists but holds nothing beyond headings.",
        why: "An empty file passes a presence check while telling the reader nothing; it hides a missing layer.",
        example: "logic/concepts.md containing only `# Concepts`.",
        howToFix: "Write the content, or state in the file what is pending and why.")

    func check(_ context: ReviewContext) -> [Finding] {
        var findings: [Finding] = []
        for path in BundlePaths.core where context.paths.contains(path) {
            if path == BundlePaths.tree {
                if let tree = context.bundle.tree, tree.roots.isEmpty {
                    findings.append(
                        Finding(
                            description, at: SourceLocation(path: path, line: 1, column: 1), "the tree has no nodes"))
                }
                continue
            }
            guard let lines = context.lines(path) else { continue }
            let hasContent = lines.contains { line in
                let text = line.drop { $0 == " " || $0 == "\t" }
                return !text.isEmpty && !text.hasPrefix("#") && !text.hasPrefix("---")
            }
            if !hasContent {
                findings.append(
                    Finding(
                        description, at: SourceLocation(path: path, line: 1, column: 1),
                        "\(path) holds only headings; write its content or say what is pending"))
            }
        }
        return findings
    }
}
