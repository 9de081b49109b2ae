/// `PAPER.md`: front matter from the title block, and a Layer Index that
/// lists every file written.
struct PaperIndex {
    var titleBlock: TitleBlock
    var abstract: String?
    var pdfName: String
    var pdfDigest: String
    var repository: String?
    var commit: String?
    var date: String

    var pending: [String] {
        var result: [String] = []
        if titleBlock.title == nil { result.append("PAPER.md: title not found") }
        if titleBlock.authors.isEmpty { result.append("PAPER.md: authors not found") }
        if titleBlock.year == nil { result.append("PAPER.md: year not printed") }
        if titleBlock.venue == nil { result.append("PAPER.md: venue not printed") }
        if abstract == nil { result.append("PAPER.md: abstract not found") }
        return result
    }

    func render(files: [String]) -> String {
        let y = MarkdownText.yaml
        var lines = ["---", "title: \(y(titleBlock.title ?? "pending"))", "authors:"]
        lines += (titleBlock.authors.isEmpty ? ["pending"] : titleBlock.authors).map { "- \(y($0))" }
        if !titleBlock.affiliations.isEmpty {
            lines.append("affiliations:")
            lines += titleBlock.affiliations.map { "- \(y($0))" }
        }
        lines.append("year: \(y(titleBlock.year ?? "pending"))")
        lines.append("venue: \(y(titleBlock.venue ?? "pending"))")
        if let doi = titleBlock.doi { lines.append("doi: \(y(doi))") }
        if let arxiv = titleBlock.arxiv { lines.append("arxiv: \(y(arxiv))") }
        lines.append("ara_version: \"1.0\"")
        lines.append("date_created: \(y(date))")
        lines.append("abstract: \(y(abstract ?? "pending"))")
        lines.append("compiled_from:")
        lines.append("  pdf: \(y(pdfName))")
        lines.append("  sha256: \(y(pdfDigest))")
        if let repository { lines.append("  repository: \(y(repository))") }
        if let commit { lines.append("  commit: \(y(commit))") }
        lines.append("  tool: \"arakit compile\"")
        lines += ["---", "", "# \(titleBlock.title ?? "pending")", "", "## Overview", ""]
        lines.append(
            "pending: compiled from \(pdfName) by `arakit compile`. The text, tables, figures and references "
                + "are extracted verbatim; what they mean is for a person or agent to write.")
        lines += ["", "## Layer Index", ""]
        let layers: [(String, String)] = [
            ("Cognitive Layer", "logic/"), ("Physical Layer", "src/"), ("Exploration Graph", "trace/"),
            ("Evidence", "evidence/"), ("Staging", "staging/"),
        ]
        for (name, prefix) in layers {
            let inLayer = files.filter { $0.hasPrefix(prefix) }
            guard !inLayer.isEmpty else { continue }
            lines += ["### \(name) (`/\(prefix.dropLast())`)", ""]
            for path in inLayer { lines.append("- [\(path)](\(path))") }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
