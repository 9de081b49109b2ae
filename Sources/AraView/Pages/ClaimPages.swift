import AraCore
import AraReview

/// `claims.html` and one page per claim: its fields, its proof chain down to
/// the table cells, and the review's findings about it.
enum ClaimPages {
    static let listPath = "claims.html"

    static func render(_ site: SiteContext, into pages: SitePages) {
        let spans = SectionSpans(site.bundle.documents[BundlePaths.claims])
        var rows = ""
        for claim in site.bundle.claims where !claim.id.isEmpty {
            let path = SitePaths.claim(claim.id)
            let found = site.findings(for: claim.id, in: claim.section, spans: spans)
            pages.add(path, page(claim, findings: found, site: site, path: path))
            let status = claim.field(.status)?.text ?? ""
            rows += "<tr><td><a href=\"\(path)\">\(HTMLText.escape(claim.id))</a></td>"
            rows += "<td><a href=\"\(path)\">\(HTMLText.escape(claim.title))</a></td><td>\(badge(status))</td>"
            rows += "<td>\(found.isEmpty ? "" : "\(found.count)")</td></tr>"
        }
        let body =
            "<h1>Claims</h1><div class=\"table-wrap\"><table><thead><tr><th>id</th><th>claim</th>"
            + "<th>status</th><th>findings</th></tr></thead><tbody>\(rows)</tbody></table></div>"
        pages.add(listPath, site.shell.page(path: listPath, title: "Claims", body: body, section: listPath))
    }

    static func page(_ claim: Claim, findings: [Finding], site: SiteContext, path: String) -> String {
        var body =
            "<p class=\"muted small\"><a href=\"../claims.html\">Claims</a> · "
            + site.fileLink(claim.location.path, from: path, label: "\(claim.location.path):\(claim.location.line)")
            + "</p>"
        body +=
            "<h1>\(HTMLText.escape(claim.id)): \(site.inline(claim.title, from: claim.location.path, on: path)) "
            + badge(claim.field(.status)?.text ?? "") + "</h1>"
        body += site.findingsHTML(findings)
        body += site.sectionBody(claim.section, on: path)
        let view = site.claimViews[claim.id]
        body += "<h2>Proof chain</h2>" + ProofChainHTML.render(view, site: site, on: path)
        for (label, refs) in [("Depends on", view?.dependencies ?? []), ("Depended on by", view?.dependents ?? [])]
        where !refs.isEmpty {
            body += "<p><strong>\(label):</strong> \(site.claimLinks(refs, from: path))</p>"
        }
        if let nodes = view?.nodes, !nodes.isEmpty {
            let links = nodes.map { "<a href=\"../\(SitePaths.nodeDetail($0.id))\">\(HTMLText.escape($0.id))</a>" }
            body += "<p><strong>Exploration nodes citing it:</strong> \(links.joined(separator: ", "))</p>"
        }
        return site.shell.page(path: path, title: claim.id, body: body, section: listPath)
    }

    static func badge(_ status: String) -> String {
        if status.isEmpty { return "" }
        let kind: String =
            switch ClaimStatus(status) {
            case .supported: "s-supported"
            case .hypothesis: "s-hypothesis"
            case .refuted: "s-refuted"
            case .partiallySupported: "s-partially"
            case .other: ""
            }
        return "<span class=\"badge \(kind)\">\(HTMLText.escape(status))</span>"
    }
}
