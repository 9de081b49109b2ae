import AraCore

/// EV004: figure metadata missing or outside its enum.
struct FigureMetadata: Rule {
    let description = RuleDescription(
        code: "EV004", name: "figure-metadata", severity: .error,
        summary:
            "A figure file lacks Figure type, Extraction method or Reading confidence, or uses a value outside its enum.",
        why: "Numbers read off a plot are estimates; these fields tell the reader how far to trust them.",
        example:
            "# Figure 4: Training curves\n**Source**: Figure 4\n(no Figure type / Extraction method / Reading confidence)",
        howToFix: """
            Add `**Figure type**` (quantitative_plot, diagram, qualitative_sample, mixed), \
            `**Extraction method**` (exact_from_labels, digitized_estimate, visual_description) and \
            `**Reading confidence**` (high, medium, low).
            """)

    static let enums: [(field: EvidenceField, values: [String])] = [
        (.figureType, ["quantitative_plot", "diagram", "qualitative_sample", "mixed"]),
        (.extractionMethod, ["exact_from_labels", "digitized_estimate", "visual_description"]),
        (.readingConfidence, ["high", "medium", "low"]),
    ]

    func check(_ context: ReviewContext) -> [Finding] {
        context.bundle.evidenceFiles.filter { $0.kind == .figure }.flatMap { file in
            Self.enums.compactMap { name, values -> Finding? in
                guard let field = file.metadata(name), !field.text.isEmpty else {
                    return Finding(
                        description, at: SourceLocation(path: file.path, line: 1, column: 1),
                        "figure file has no '\(name.label)'")
                }
                let value = field.text.lowercased().trimming("`")
                guard !values.contains(where: { value.hasPrefix($0) }) else { return nil }
                return Finding(
                    description, at: field.location,
                    "'\(name.label)' is '\(field.text)'; use one of \(values.joined(separator: ", "))")
            }
        }
    }
}
