import Foundation

/// Answers one request from the store: a page, the hub's index, or the event stream.
struct SiteRequestHandler: Sendable {
    let store: SiteStore
    let hub: Bool
    static let eventsPath = "__arakit/events"

    func respond(to request: HTTPRequestHead) -> HTTPResponse {
        guard let path = RequestPath.sitePath(request.path) else {
            return .plain(.badRequest, "refused: the path leaves the site or is malformed")
        }
        var prefix = ""
        var rest = path
        if hub {
            if path.isEmpty { return Self.page(HubIndex.html(store.sites)) }
            let parts = path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            prefix = String(parts[0])
            rest = parts.count > 1 ? String(parts[1]) : ""
            if parts.count == 1 { return Self.redirect(toFolder: prefix) }
        }
        if rest.isEmpty || rest.hasSuffix("/") { rest += "index.html" }
        if rest == Self.eventsPath {
            let headers = [("Content-Type", "text/event-stream"), ("Cache-Control", "no-store")]
            return HTTPResponse(.ok, headers: headers, body: .events(store.listen()))
        }
        guard let data = store.file(prefix, rest) else { return .plain(.notFound, "not found") }
        let headers = [
            ("Content-Type", RequestPath.contentType(rest)), ("Cache-Control", "no-store"),
            ("X-Content-Type-Options", "nosniff"),
        ]
        return HTTPResponse(.ok, headers: headers, body: .bytes(data))
    }

    static func page(_ html: String) -> HTTPResponse {
        HTTPResponse(.ok, headers: [("Content-Type", "text/html; charset=utf-8")], body: .bytes(Data(html.utf8)))
    }

    /// `/NAME` to `/NAME/`. The name is percent-encoded: it was decoded from the
    /// request, and a folder name may hold a line break that would end the header.
    static func redirect(toFolder name: String) -> HTTPResponse {
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ""
        return HTTPResponse(.movedPermanently, headers: [("Location", "/\(encoded)/")])
    }
}

/// The hub's front page: every bundle served, by title.
enum HubIndex {
    static func html(_ sites: [String: RenderedSite]) -> String {
        let items = sites.keys.sorted().map { prefix in
            let title = sites[prefix]?.title ?? prefix
            return "<li><a href=\"/\(HTMLText.escape(prefix))/\">\(HTMLText.escape(title))</a> "
                + "<span class=\"muted small\">\(HTMLText.escape(prefix))/</span></li>"
        }.joined()
        var shell = PageShell(bundleTitle: "ARA hub", liveReload: true)
        shell.showsNavigation = false
        return shell.page(path: "index.html", title: "Bundles", body: "<h1>Bundles</h1><ul>\(items)</ul>", section: "")
    }
}
