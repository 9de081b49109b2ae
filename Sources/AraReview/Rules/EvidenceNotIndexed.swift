import AraCore

/// EV006: an evidence file evidence/README.md does not list.
struct EvidenceNotIndexed: Rule {
    let description = RuleDescription(
        code: "EV006", name: "evidence-not-indexed", severity: .warning,
        summary: "An evidence file is not listed in evidence/README.md.",
        why: "The index is how a reader finds which file grounds which claim; an unlisted file is easily missed.",
        example: "evidence/tables/table9_extra.md exists; the README never names it.",
        howToFix:
            "List it in evidence/README.md. `--fix` appends `- [tables/table9_extra.md](tables/table9_extra.md)`.",
        fixable: true)

    func check(_ context: ReviewContext) -> [Finding] {
        guard let lines = context.lines(BundlePaths.evidenceIndex) else { return [] }
        let text = lines.joined(separator: "\n")
        return context.bundle.evidenceFiles.compactMap { file in
            let relative = String(file.path.dropFirst("evidence/".count))
            guard !Self.mentions(text, relative) else { return nil }
            var insertion = lines.count
            while insertion > 0, lines[insertion - 1].trimmingWhitespace().isEmpty { insertion -= 1 }
            let edit = TextEdit(
                path: BundlePaths.evidenceIndex, lines: insertion..<insertion,
                replacement: ["- [\(relative)](\(relative))"])
            return Finding(
                description, at: SourceLocation(path: file.path, line: 1, column: 1),
                "evidence/README.md does not list \(relative)",
                fix: Fix("list \(relative) in evidence/README.md", edits: [edit]))
        }
    }

    /// Named by its path (from evidence/ or the root), or by its stem followed by
    /// an extension list (`figures/v1_loss.(png/md)`).
    static func mentions(_ text: String, _ relative: String) -> Bool {
        if text.contains(relative) { return true }
        let stem = relative.hasSuffix(".md") ? String(relative.dropLast(3)) : relative
        return text.contains(stem + ".(") || text.contains(stem + ".{")
    }
}
