import AraCore

/// FM003: authors written as one string.
struct FrontMatterAuthorsNotList: Rule {
    let description = RuleDescription(
        code: "FM003", name: "front-matter-authors-not-list", severity: .warning,
        summary: "PAPER.md's `authors` is one string rather than a YAML list.",
        why: "A single string of several names cannot be split reliably (names contain commas and 'and').",
        example: "authors: \"Kaiming He, Xiangyu Zhang and Jian Sun\"",
        howToFix: "Write a list: `authors: [Kaiming He, Xiangyu Zhang, Jian Sun]`.")

    func check(_ context: ReviewContext) -> [Finding] {
        guard let node = context.bundle.manifest?.frontMatter?["authors"], let text = node.scalarText,
            text.contains(",") || text.contains(" and ")
        else { return [] }
        return [Finding(description, at: node.location, "'authors' is one string; write it as a YAML list")]
    }
}
