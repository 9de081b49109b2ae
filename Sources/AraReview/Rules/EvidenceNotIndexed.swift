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
        let relatives = context.bundle.evidenceFiles.map { String($0.path.dropFirst("evidence/".count)) }
        // Every name searched for at once: one search per file is quadratic in a large bundle.
        let found = PatternSearch.found(Set(relatives.flatMap(Self.names)), in: lines.joined(separator: "\n"))
        var insertion = lines.count
        while insertion > 0, lines[insertion - 1].trimmingWhitespace().isEmpty { insertion -= 1 }
        return zip(context.bundle.evidenceFiles, relatives).compactMap { file, relative in
            guard !Self.names(relative).contains(where: found.contains) else { return nil }
            let edit = TextEdit(
                path: BundlePaths.evidenceIndex, lines: insertion..<insertion,
                replacement: ["- [\(relative)](\(relative))"])
            return Finding(
                description, at: SourceLocation(path: file.path, line: 1, column: 1),
                "evidence/README.md does not list \(relative)",
                fix: Fix("list \(relative) in evidence/README.md", edits: [edit]))
        }
    }

    /// What names a file in the index: its path (from evidence/ or the root), or
    /// its stem followed by an extension list (`figures/v1_loss.(png/md)`).
    static func names(_ relative: String) -> [String] {
        let stem = relative.hasSuffix(".md") ? String(relative.dropLast(3)) : relative
        return [relative, stem + ".(", stem + ".{"]
    }
}
