import AraCore

/// FM002: a year that is not a year.
struct FrontMatterInvalidYear: Rule {
    let description = RuleDescription(
        code: "FM002", name: "front-matter-invalid-year", severity: .error,
        summary: "PAPER.md's `year` is not a four-digit year.",
        why: "Tools sort and cite by year; `2016a` or `TBD` breaks both.",
        example: "year: \"sometime in 2016\"",
        howToFix: "Write the year alone, as four digits: `year: 2016`.")

    func check(_ context: ReviewContext) -> [Finding] {
        guard let manifest = context.bundle.manifest, let node = manifest.frontMatter?["year"],
            let year = node.scalarText?.trimmingWhitespace(), !year.isEmpty
        else { return [] }
        guard year.count != 4 || !year.allSatisfy({ $0.isASCII && $0.isNumber }) else { return [] }
        return [Finding(description, at: node.location, "year '\(year)' is not a four-digit year")]
    }
}
