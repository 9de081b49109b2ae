import AraCore

/// ST010: a concept with an empty definition.
struct ConceptWithoutDefinition: Rule {
    let description = RuleDescription(
        code: "ST010", name: "concept-without-definition", severity: .warning,
        summary: "A concept of logic/concepts.md has an empty definition.",
        why: "Concepts fix the vocabulary the claims use; a term without a definition fixes nothing.",
        example: "## Degradation problem\n(nothing under the heading)",
        howToFix: "Write a `- **Definition**: …` line (or `- **Term** — definition` in a glossary list).")

    func check(_ context: ReviewContext) -> [Finding] {
        guard let document = context.bundle.documents[BundlePaths.concepts] else { return [] }
        var findings: [Finding] = []
        for index in document.sections.indices where document.sections[index].level >= 2 {
            let section = document.sections[index]
            let hasContent = !section.fields.isEmpty || section.texts.contains { !$0.text.trimmingWhitespace().isEmpty }
            if !hasContent, !document.hasSubsections(index) {
                findings.append(
                    Finding(description, at: section.location, "concept '\(section.heading.title)' has no definition"))
            }
        }
        findings += context.bundle.concepts.filter { $0.definition.isEmpty }.map {
            Finding(description, at: $0.location, "concept '\($0.term)' has no definition")
        }
        return findings
    }
}
