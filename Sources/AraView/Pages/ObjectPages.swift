import AraCore

/// Pages listing the logic layer's objects, each as an anchored block with
/// its fields and findings: experiments, concepts and heuristics, related work.
enum ObjectPages {
    static func render(_ site: SiteContext, into pages: SitePages) {
        let bundle = site.bundle
        var experiments = "<h1>Experiments</h1>"
        experiments += blocks(
            bundle.experiments.map(\.section), document: BundlePaths.experiments, site: site, on: "experiments.html")
        pages.add(
            "experiments.html",
            site.shell.page(
                path: "experiments.html", title: "Experiments", body: experiments, section: "experiments.html"))

        var knowledge = "<h1>Problem, concepts and heuristics</h1>"
        knowledge += "<h2 id=\"problem\">Problem</h2>"
        knowledge += blocks(
            bundle.problemItems.map(\.section), document: BundlePaths.problem, site: site, on: "knowledge.html")
        knowledge += "<h2 id=\"concepts\">Concepts</h2>" + concepts(site)
        knowledge += "<h2 id=\"heuristics\">Heuristics</h2>"
        knowledge += blocks(
            bundle.heuristics.map(\.section), document: BundlePaths.heuristics, site: site, on: "knowledge.html")
        pages.add(
            "knowledge.html",
            site.shell.page(
                path: "knowledge.html", title: "Concepts and heuristics", body: knowledge, section: "knowledge.html"))

        var related = "<h1>Related work</h1>"
        related += blocks(
            bundle.relatedWork.map(\.section), document: BundlePaths.relatedWork, site: site, on: "related.html")
        pages.add(
            "related.html",
            site.shell.page(
                path: "related.html", title: "Related work", body: related, section: "related.html"))
    }

    /// One `.object` block per section, anchored by its id (or title).
    static func blocks(_ sections: [MarkdownSection], document path: String, site: SiteContext, on page: String)
        -> String
    {
        if sections.isEmpty { return "<p class=\"muted\">None in <code>\(HTMLText.escape(path))</code>.</p>" }
        let spans = SectionSpans(site.bundle.documents[path])
        return sections.map { section in
            let anchor = HTMLText.slug(section.heading.id ?? section.heading.title)
            let found = site.findings(for: section.heading.id, in: section, spans: spans)
            return
                "<section class=\"object\" id=\"\(anchor)\"><h2>\(site.inline(section.heading.canonicalText, from: path, on: page))</h2>"
                + site.findingsHTML(found) + site.sectionBody(section, on: page) + links(section, site: site)
                + "</section>"
        }.joined()
    }

    /// Links to the claims an experiment verifies.
    static func links(_ section: MarkdownSection, site: SiteContext) -> String {
        guard section.heading.id.map(BlockID.prefix(of:)) == "E" else { return "" }
        let claims = site.bundle.claims.filter {
            Experiment(section: section).verifies.contains($0.id) || $0.proof.contains(section.heading.id ?? "")
        }
        if claims.isEmpty { return "" }
        return "<p class=\"small\">Claims: "
            + claims.map { "<a href=\"\(SitePaths.claim($0.id))\">\(HTMLText.escape($0.id))</a>" }.joined(
                separator: ", ")
            + "</p>"
    }

    static func concepts(_ site: SiteContext) -> String {
        let concepts = site.bundle.concepts
        if concepts.isEmpty { return "<p class=\"muted\">None in <code>logic/concepts.md</code>.</p>" }
        return "<dl class=\"fields\">"
            + concepts.map { concept in
                "<dt id=\"\(HTMLText.slug(concept.term))\">\(HTMLText.escape(concept.term))</dt><dd>"
                    + site.markdown(concept.definition, from: BundlePaths.concepts, on: "knowledge.html") + "</dd>"
            }.joined() + "</dl>"
    }
}
