import AraCore

/// DR005: a block heading with a separator other than `: `.
struct HeadingSeparator: Rule {
    let description = RuleDescription(
        code: "DR005", name: "heading-separator", severity: .info,
        summary: "A block heading separates id and title with `—`, `–` or `-` instead of `: ` (`## C01 — Title`).",
        why: """
            Strict parsers (the Rust CLI among them) silently drop blocks headed `## C01 — Title`; the colon \
            form is read by every tool. The Rust CLI's ARA006 makes the same change.
            """,
        example: "## C01 — Decoupling the horizon from the stop",
        howToFix: "Write `## C01: Title`. `--fix` rewrites the heading line.",
        fixable: true)

    func check(_ context: ReviewContext) -> [Finding] {
        var findings: [Finding] = []
        for (path, document) in context.bundle.documents.sorted(by: { $0.key < $1.key }) {
            guard let lines = context.lines(path) else { continue }
            for section in document.sections {
                guard let separator = section.heading.origin.spelling, let id = section.heading.id else { continue }
                let line = section.location.line
                var fix: Fix?
                if line >= 1, line <= lines.count, lines[line - 1].hasPrefix("#") {
                    let text = String(repeating: "#", count: section.level) + " " + section.heading.canonicalText
                    fix = Fix(
                        "write '\(id): '", edits: [TextEdit.replaceLine(path, line: line, with: text)],
                        preservesModel: true)
                }
                findings.append(
                    Finding(
                        description, at: section.location,
                        "heading '\(id) \(separator) …' uses '\(separator)'; write '\(id): \(section.heading.title.prefix(30))…'",
                        entity: id, fix: fix))
            }
        }
        return findings
    }
}
