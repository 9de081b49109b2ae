/// `staging/observations.yaml` holding the candidate claims, verbatim.
enum Staging {
    static func observations(
        _ claims: [(text: String, place: String)], deadEnds: [(text: String, place: String)] = [], timestamp: String
    ) -> String {
        var lines = [
            "# Candidate claims found by `arakit compile`: sentences of the abstract, introduction and",
            "# conclusion that report a result. Staged, not promoted: only a person or agent makes a claim.",
        ]
        if !deadEnds.isEmpty {
            lines.append(
                "# Candidate dead ends (potential_type: dead_end): sentences in which the paper states what did not work."
            )
        }
        lines.append("")
        let all = claims.map { ($0.text, $0.place, "claim") } + deadEnds.map { ($0.text, $0.place, "dead_end") }
        guard !all.isEmpty else { return (lines + ["observations: []"]).joined(separator: "\n") + "\n" }
        lines.append("observations:")
        for (index, item) in all.enumerated() {
            lines.append("- id: " + MarkdownText.id("O", index + 1, of: all.count))
            lines.append("  timestamp: \(MarkdownText.yaml(timestamp))")
            lines.append("  provenance: extracted")
            lines.append("  content: \(MarkdownText.yaml(item.0))")
            lines.append("  context: \(MarkdownText.yaml(item.1))")
            lines.append("  potential_type: \(item.2)")
            lines.append("  promoted: false")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
