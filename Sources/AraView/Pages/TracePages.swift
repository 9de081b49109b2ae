import AraCore

/// `sessions.html` (the session records as a timeline) and `staging.html`
/// (observations waiting to be promoted).
enum TracePages {
    static func render(_ site: SiteContext, into pages: SitePages) {
        pages.add("sessions.html", sessions(site))
        pages.add("staging.html", staging(site))
    }

    static func sessions(_ site: SiteContext) -> String {
        let path = "sessions.html"
        let records = site.bundle.sessions.sorted {
            ($0.timestamp ?? "", $0.file.path) < ($1.timestamp ?? "", $1.file.path)
        }
        var body = "<h1>Sessions</h1>"
        if records.isEmpty { body += "<p class=\"muted\">No session records under <code>trace/sessions/</code>.</p>" }
        body += "<ol class=\"timeline\">"
        for record in records {
            body +=
                "<li id=\"\(HTMLText.slug(record.id ?? record.file.path))\"><time>\(HTMLText.escape(record.timestamp ?? "undated"))</time> "
            body += "<code>\(HTMLText.escape(record.id ?? record.file.path))</code>"
            if let summary = record.summary { body += "<p>\(HTMLText.escape(summary))</p>" }
            if let root = record.file.root {
                body +=
                    "<details><summary>\(record.events.count) event\(record.events.count == 1 ? "" : "s") and the full record</summary>"
                body += YAMLHTML.render(root) + "</details>"
            }
            body += "</li>"
        }
        return site.shell.page(path: path, title: "Sessions", body: body + "</ol>", section: path)
    }

    static func staging(_ site: SiteContext) -> String {
        let path = "staging.html"
        let observations = site.bundle.observations
        var body = "<h1>Staging</h1>"
        if observations.isEmpty {
            body += "<p class=\"muted\">No observations in <code>staging/observations.yaml</code>.</p>"
        }
        for observation in observations {
            let state = observation.promoted ? "promoted to \(observation.promotedTo ?? "?")" : "not promoted"
            body += "<section class=\"object\" id=\"\(HTMLText.slug(observation.id ?? "observation"))\">"
            body +=
                "<h2>\(HTMLText.escape(observation.id ?? "Observation")) <span class=\"badge\">\(HTMLText.escape(state))</span></h2>"
            body += YAMLHTML.render(observation.node) + "</section>"
        }
        return site.shell.page(path: path, title: "Staging", body: body, section: path)
    }
}
