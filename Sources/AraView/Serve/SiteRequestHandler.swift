import FlyingFox
import Foundation

/// Answers one request from the store: a page, the hub's index, or the event stream.
struct SiteRequestHandler: Sendable {
    let store: SiteStore
    let hub: Bool
    static let eventsPath = "__arakit/events"

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        guard let path = RequestPath.sitePath(request.target.path(percentEncoded: true)) else {
            return Self.plain(.badRequest, "refused: the path leaves the site or is malformed")
        }
        var prefix = ""
        var rest = path
        if hub {
            if path.isEmpty { return Self.page(HubIndex.html(await store.sites)) }
            let parts = path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            prefix = String(parts[0])
            rest = parts.count > 1 ? String(parts[1]) : ""
            if parts.count == 1 {
                let headers: HTTPHeaders = [.location: "/\(prefix)/"]
                return HTTPResponse(statusCode: .movedPermanently, headers: headers)
            }
        }
        if rest.isEmpty || rest.hasSuffix("/") { rest += "index.html" }
        if rest == Self.eventsPath {
            let events = await store.listen()
            let headers: HTTPHeaders = [.contentType: "text/event-stream", .cacheControl: "no-store"]
            return HTTPResponse(
                statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventStream(events: events)))
        }
        guard let data = await store.file(prefix, rest) else { return Self.plain(.notFound, "not found") }
        let headers: HTTPHeaders = [
            .contentType: RequestPath.contentType(rest), .cacheControl: "no-store",
            HTTPHeader("X-Content-Type-Options"): "nosniff",
        ]
        return HTTPResponse(statusCode: .ok, headers: headers, body: data)
    }

    static func page(_ html: String) -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: Data(html.utf8))
    }

    static func plain(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/plain; charset=utf-8"], body: Data(text.utf8))
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
