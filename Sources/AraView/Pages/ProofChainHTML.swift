import AraCore
import AraRead
import AraReview

/// A claim's proof chain as AraRead resolves it (the walk review makes):
/// Proof experiments and their evidence files, the chain's steps, each
/// measured value with the cells that say it, and every cited table shown
/// with those cells marked, each cell linked to its place on the table's page.
enum ProofChainHTML {
    static func render(_ view: ClaimView?, site: SiteContext, on path: String) -> String {
        guard let view else { return "<p class=\"muted\">The claim could not be resolved.</p>" }
        var html = "<ul class=\"chain\">"
        if view.proof.isEmpty { html += "<li class=\"muted\">Proof names no experiment.</li>" }
        for link in view.proof {
            let known = site.bundle.experiments.contains { $0.id == link.ref.id }
            let label = "<strong>\(HTMLText.escape(link.ref.id))</strong> \(HTMLText.escape(link.ref.title))"
            html +=
                "<li>" + (known ? "<a href=\"../experiments.html#\(HTMLText.slug(link.ref.id))\">\(label)</a>" : label)
            if !link.evidenceFiles.isEmpty {
                html += "<ul>" + link.evidenceFiles.map { "<li>" + site.fileLink($0, from: path) + "</li>" }.joined()
                html += "</ul>"
            }
            html += "</li>"
        }
        let evidence = view.evidence
        if !evidence.files.isEmpty {
            html += "<li>Evidence reached: "
            html += evidence.files.map { site.fileLink($0, from: path) }.joined(separator: ", ") + "</li>"
        }
        html += "</ul>"
        if !evidence.steps.isEmpty {
            html += "<details class=\"small\"><summary>How the chain was walked</summary><ol>"
            html += evidence.steps.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ol></details>"
        }
        return html + values(evidence, site: site, on: path) + citedTables(evidence, site: site, on: path)
    }

    /// Each measured value of the claim and where it stands.
    static func values(_ evidence: ClaimEvidence, site: SiteContext, on path: String) -> String {
        if evidence.values.isEmpty { return "" }
        var rows = ""
        for value in evidence.values {
            let cells = value.cells.map { cell -> String in
                let place = "\(cell.path) · table \(cell.table + 1) · \(cell.row) · \(cell.column)"
                guard let anchor = CellAnchor.id(of: cell, in: site.bundle) else { return HTMLText.escape(place) }
                let href = SitePaths.rootPrefix(of: path) + SitePaths.page(for: cell.path) + "#" + anchor
                return "<a href=\"\(HTMLText.escape(href))\">\(HTMLText.escape(place))</a>"
            }
            let said =
                !cells.isEmpty
                ? cells.joined(separator: "<br>")
                : value.isDifference
                    ? "<span class=\"muted\">no cell; the difference of two cells</span>"
                    : "<span class=\"muted\">no cell says it</span>"
            rows += "<tr><td><strong>\(HTMLText.escape(value.value))</strong></td><td>\(said)</td></tr>"
        }
        return "<h3>Numbers and their cells</h3><div class=\"table-wrap\"><table><thead><tr><th>value</th>"
            + "<th>cells</th></tr></thead><tbody>\(rows)</tbody></table></div>"
    }

    /// The tables holding cited cells, those cells marked.
    static func citedTables(_ evidence: ClaimEvidence, site: SiteContext, on path: String) -> String {
        var order: [String] = []
        var marked: [String: Set<String>] = [:]
        for cell in evidence.values.flatMap(\.cells) {
            guard let anchor = CellAnchor.id(of: cell, in: site.bundle) else { continue }
            let key = "\(cell.path)\u{0}\(cell.table)"
            if marked[key] == nil { order.append(key) }
            marked[key, default: []].insert(anchor)
        }
        return order.map { key in
            let parts = key.split(separator: "\u{0}")
            let file = String(parts[0])
            let index = Int(parts[1]) ?? 0
            guard let table = site.bundle.evidenceTables[file]?[safe: index] else { return "" }
            return "<h3>Cited: " + site.fileLink(file, from: path) + " · table \(index + 1)</h3>"
                + TableHTML.render(table, index: index, highlighted: marked[key] ?? [])
        }.joined()
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
