/// `staging/observations.yaml` holding the candidate claims, verbatim.
enum Staging {
    static func observations(_ claims: [(text: String, place: String)], timestamp: String) -> String {
        var lines = [
            "# Candidate claims found by `arakit compile`: sentences of the abstract, introduction and",
            "# conclusion that report a result. Staged, not promoted: only a person or agent makes a claim.",
            "",
        ]
        guard !claims.isEmpty else { return (lines + ["observations: []"]).joined(separator: "\n") + "\n" }
        lines.append("observations:")
        for (index, claim) in claims.enumerated() {
            lines.append("- id: " + MarkdownText.id("O", index + 1, of: claims.count))
            lines.append("  timestamp: \(MarkdownText.yaml(timestamp))")
            lines.append("  provenance: extracted")
            lines.append("  content: \(MarkdownText.yaml(claim.text))")
            lines.append("  context: \(MarkdownText.yaml(claim.place))")
            lines.append("  potential_type: claim")
            lines.append("  promoted: false")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
