import AraCore
import AraReview

/// `index.html`: front matter, counts per layer, the layer index, the review by family.
enum OverviewPage {
    static let path = "index.html"

    static func render(_ site: SiteContext) -> String {
        let manifest = site.bundle.manifest
        var body = "<h1>\(HTMLText.escape(site.title))</h1>"
        if let authors = manifest?.authors, !authors.isEmpty {
            body += "<p class=\"muted\">\(HTMLText.escape(authors.joined(separator: ", ")))</p>"
        }
        let entries = manifest?.frontMatter?.mapping ?? []
        if let abstract = entries.first(where: { $0.key == "abstract" })?.value.scalarText {
            body += "<h2>Abstract</h2>" + site.markdown(abstract, from: "PAPER.md", on: path)
        }
        body += "<h2>At a glance</h2>" + cards(site)
        body += "<h2>Review</h2>" + reviewSummary(site.findings)
        if let manifest, !manifest.layerIndexSections.isEmpty {
            body += manifest.layerIndexSections.map { section in
                let tag = section == manifest.layerIndexSections.first ? "h2" : "h3"
                let heading = site.inline(section.heading.canonicalText, from: BundlePaths.manifest, on: path)
                return "<\(tag)>\(heading)</\(tag)>" + site.sectionBody(section, on: path)
            }.joined()
        }
        let other = entries.filter { !["title", "authors", "abstract"].contains($0.key) }
        if !other.isEmpty { body += "<h2>Front matter</h2>" + YAMLHTML.fields(other) }
        return site.shell.page(path: path, title: "Overview", body: body, section: path)
    }

    static func cards(_ site: SiteContext) -> String {
        let bundle = site.bundle
        let nodes = bundle.tree?.allNodes ?? []
        let items: [(Int, String, String)] = [
            (bundle.claims.count, "claims", "claims.html"),
            (bundle.experiments.count, "experiments", "experiments.html"),
            (nodes.count, "exploration nodes", "graph.html"),
            (nodes.filter { $0.type == .deadEnd }.count, "dead ends", "graph.html?dead=1"),
            (bundle.evidenceFiles.count, "evidence files", "evidence.html"),
            (bundle.concepts.count, "concepts", "knowledge.html"),
            (bundle.heuristics.count, "heuristics", "knowledge.html#heuristics"),
            (bundle.relatedWork.count, "related works", "related.html"),
            (bundle.sessions.count, "sessions", "sessions.html"),
            (bundle.observations.count, "staged observations", "staging.html"),
        ]
        return "<div class=\"cards\">"
            + items.map { count, label, link in
                "<a class=\"card\" href=\"\(link)\"><div class=\"n\">\(count)</div><div class=\"muted\">\(label)</div></a>"
            }.joined() + "</div>"
    }

    /// Findings counted by family (the letters of the code: `CL`, `EV` …) and severity.
    static func reviewSummary(_ findings: [Finding]) -> String {
        if findings.isEmpty { return "<p>No findings: every check passed.</p>" }
        var families: [String: [Severity: Int]] = [:]
        for finding in findings {
            let family = String(finding.code.prefix(while: { $0.isLetter }))
            families[family, default: [:]][finding.severity, default: 0] += 1
        }
        let rows = families.keys.sorted().map { family in
            let counts = families[family] ?? [:]
            let cells = Severity.allCases.map { "<td>\(counts[$0] ?? 0)</td>" }.joined()
            return "<tr><th>\(HTMLText.escape(family))</th>\(cells)</tr>"
        }.joined()
        let header = Severity.allCases.map { "<th>\($0.rawValue)</th>" }.joined()
        return "<p>\(findings.count) findings from <code>arakit review</code>, shown in place on each page.</p>"
            + "<div class=\"table-wrap\"><table><thead><tr><th>family</th>\(header)</tr></thead>"
            + "<tbody>\(rows)</tbody></table></div>"
    }
}
