import AraCore

/// FM001: PAPER.md front matter lacks title, authors or year.
struct FrontMatterMissingKey: Rule {
    let description = RuleDescription(
        code: "FM001", name: "front-matter-missing-key", severity: .error,
        summary: "PAPER.md front matter lacks `title`, `authors` or `year`, or leaves one empty.",
        why: "These three keys identify the work; indexes, citations and `arakit info` read them.",
        example: "---\ntitle: Deep Residual Learning\nauthors: [He, Zhang, Ren, Sun]\n---",
        howToFix: "Add the key to the YAML block at the top of PAPER.md (`year: 2016`).")

    func check(_ context: ReviewContext) -> [Finding] {
        guard let manifest = context.bundle.manifest, let front = manifest.frontMatter, front.mapping != nil else {
            return []
        }
        let location = SourceLocation(path: BundlePaths.manifest, line: 1, column: 1)
        var findings: [Finding] = []
        if (manifest.title ?? "").trimmingWhitespace().isEmpty {
            findings.append(Finding(description, at: location, "front matter has no 'title'"))
        }
        if manifest.authors.allSatisfy({ $0.trimmingWhitespace().isEmpty }) {
            findings.append(Finding(description, at: location, "front matter has no 'authors'"))
        }
        if (manifest.year ?? "").trimmingWhitespace().isEmpty {
            findings.append(Finding(description, at: location, "front matter has no 'year'"))
        }
        return findings
    }
}
