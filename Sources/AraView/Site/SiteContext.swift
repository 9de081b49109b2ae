import AraCore
import AraRead
import AraReview

/// What every page builder needs: the bundle, its review, its Markdown
/// sources, the link policy and the page frame.
public struct SiteContext: Sendable {
    public var bundle: AraBundle
    let findingIndex: FindingIndex
    public var findings: [Finding] { findingIndex.all }
    /// Markdown text of each structured file (front matter removed), by bundle path.
    public var sources: [String: String]
    public var links: LinkPolicy
    public var shell: PageShell
    /// Each claim resolved by AraRead: proof chain, cells, dependencies.
    public var claimViews: [String: ClaimView] = [:]
    /// For each evidence file, the claims whose chain reaches it.
    public var citedBy: [String: [ObjectRef]] = [:]
    /// Ids of the bundle's claims, linked wherever a text names one.
    public var claimIDs: Set<String> = []

    public init(
        bundle: AraBundle, findings: [Finding], sources: [String: String], links: LinkPolicy, shell: PageShell
    ) {
        self.bundle = bundle
        self.findingIndex = FindingIndex(findings)
        self.sources = sources
        self.links = links
        self.shell = shell
    }

    /// Links to claim pages, from a page at `pagePath`.
    func claimLinks(_ refs: [ObjectRef], from pagePath: String) -> String {
        refs.map { ref in
            "<a href=\"\(SitePaths.rootPrefix(of: pagePath))\(SitePaths.claim(ref.id))\" title=\"\(HTMLText.escape(ref.title))\">"
                + "\(HTMLText.escape(ref.id))</a>"
        }.joined(separator: ", ")
    }

    /// A Markdown renderer for a page at `pagePath`, resolving links from `sourcePath`.
    func markdown(_ text: String, from sourcePath: String, on pagePath: String, highlighted: Set<String> = []) -> String
    {
        var renderer = MarkdownHTML(
            links: links, sourcePath: sourcePath, rootPrefix: SitePaths.rootPrefix(of: pagePath),
            highlighted: highlighted)
        renderer.claimIDs = claimIDs
        return renderer.render(text)
    }

    /// One line of Markdown (a heading's text) as inline HTML, without the paragraph around it.
    func inline(_ text: String, from sourcePath: String, on pagePath: String) -> String {
        let html = markdown(text, from: sourcePath, on: pagePath).trimmingWhitespace()
        guard html.hasPrefix("<p>"), html.hasSuffix("</p>") else { return HTMLText.escape(text) }
        return String(html.dropFirst(3).dropLast(4))
    }

    /// A section's fields as a definition list and its free text, rendered.
    func sectionBody(_ section: MarkdownSection, on pagePath: String) -> String {
        let path = section.location.path
        var html = ""
        var listOpen = false
        for item in section.items {
            switch item {
            case .field(let field):
                if !listOpen { html += "<dl class=\"fields\">" }
                listOpen = true
                html += "<dt>\(HTMLText.escape(field.name))</dt><dd>"
                html += markdown(field.value.trimmingWhitespace(), from: path, on: pagePath) + "</dd>"
            case .text(let text):
                if listOpen { html += "</dl>" }
                listOpen = false
                html += markdown(text.text, from: path, on: pagePath)
            }
        }
        return html + (listOpen ? "</dl>" : "")
    }

    /// The review's findings about an object: named by its id, or placed inside its section
    /// (`spans`: those of the section's document).
    func findings(for id: String?, in section: MarkdownSection?, spans: SectionSpans) -> [Finding] {
        let lines = section.flatMap { spans.lines(of: $0) }
        return findingIndex.about(id, orIn: section?.location.path ?? "", lines: lines)
    }

    func findingsHTML(_ list: [Finding]) -> String {
        list.map { finding in
            let severity = "\(finding.severity)".lowercased()
            let place = "\(finding.location.path):\(finding.location.line)"
            return
                "<div class=\"finding \(HTMLText.escape(severity))\"><strong>\(HTMLText.escape(finding.code))</strong> "
                + "\(HTMLText.escape(finding.message)) <span class=\"muted small\">\(HTMLText.escape(place))</span></div>"
        }.joined()
    }

    /// A link to a rendered file of the bundle, or its path as text when it has no page.
    func fileLink(_ bundlePath: String, from pagePath: String, label: String? = nil) -> String {
        let text = HTMLText.escape(label ?? bundlePath)
        guard links.pages.contains(bundlePath) else { return "<code>\(text)</code>" }
        return "<a href=\"\(SitePaths.rootPrefix(of: pagePath))\(SitePaths.page(for: bundlePath))\">\(text)</a>"
    }

    var title: String { bundle.manifest?.title ?? "ARA bundle" }
}
