/// Where each object lives on the rendered site, relative to its root.
public enum SitePaths {
    /// The page of a Markdown file of the bundle: `logic/claims.md` → `files/logic/claims.html`
    /// (under `files/`, so no bundle file can take the name of one of the site's own pages).
    public static func page(for bundlePath: String) -> String {
        "files/" + (bundlePath.hasSuffix(".md") ? String(bundlePath.dropLast(3)) : bundlePath) + ".html"
    }

    public static func claim(_ id: String) -> String { "claims/\(HTMLText.slug(id)).html" }
    public static func node(_ id: String) -> String { "graph.html#node-\(HTMLText.slug(id))" }
    public static func nodeDetail(_ id: String) -> String { "nodes.html#\(HTMLText.slug(id))" }

    /// The id of a table cell on an evidence page: table `t`, body row `r`, column `c` (all 0-based).
    public static func cellID(table: Int, row: Int, column: Int) -> String { "t\(table)-r\(row)-c\(column)" }

    /// `../` once per folder of `path`: the way back to the site root from that page.
    public static func rootPrefix(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// Image files copied into the site; anything else (SVG can carry scripts) is not.
    public static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp"]
}

extension SitePaths {
    /// Where a copied bundle file (an image) lives on the site.
    public static func copy(of bundlePath: String) -> String { "files/" + bundlePath }
}
