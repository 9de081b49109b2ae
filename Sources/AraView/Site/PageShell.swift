/// The frame every page shares: head, navigation, and the embedded style and
/// script (no file, font or script comes from anywhere else).
public struct PageShell: Sendable {
    /// The bundle's title, shown in the header of every page.
    public var bundleTitle: String
    /// Whether pages listen for the server's reload events (`arakit serve`).
    public var liveReload: Bool

    /// Whether the page uses the whole window width (the graph).
    public var wide = false

    /// Whether the header links to the site's sections (not on a hub's front page).
    public var showsNavigation = true

    public init(bundleTitle: String, liveReload: Bool = false) {
        self.bundleTitle = bundleTitle
        self.liveReload = liveReload
    }

    static let sections: [(path: String, label: String)] = [
        ("index.html", "Overview"), ("claims.html", "Claims"), ("experiments.html", "Experiments"),
        ("graph.html", "Graph"), ("evidence.html", "Evidence"), ("knowledge.html", "Concepts & heuristics"),
        ("related.html", "Related work"), ("sessions.html", "Sessions"), ("staging.html", "Staging"),
        ("files.html", "Files"),
    ]

    /// A whole page at site path `path`; `body` is HTML already escaped.
    public func page(path: String, title: String, body: String, section: String) -> String {
        let root = SitePaths.rootPrefix(of: path)
        let navigation =
            !showsNavigation
            ? ""
            : Self.sections.map { item in
                let current = item.path == section ? " aria-current=\"page\"" : ""
                return "<a href=\"\(root)\(item.path)\"\(current)>\(item.label)</a>"
            }.joined()
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data: file:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'">
            <meta name="referrer" content="no-referrer">
            <title>\(HTMLText.escape(title)) · \(HTMLText.escape(bundleTitle))</title>
            <style>\(SiteStyle.css)</style></head>
            <body data-live-reload="\(liveReload ? "on" : "off")" data-root="\(root)">
            <header class="top"><a class="brand" href="\(root)index.html">\(HTMLText.escape(bundleTitle))</a>
            <nav>\(navigation)</nav></header>
            <main\(wide ? " class=\"wide\"" : "")>\(body)</main>
            <script>\(SiteScript.common)</script>
            </body></html>

            """
    }
}
