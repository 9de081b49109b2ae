import AraCore

/// One page per Markdown file of the bundle (`files/…html`), the evidence
/// index and the list of every file.
enum DocumentPages {
    static func render(_ site: SiteContext, into pages: SitePages) {
        for (bundlePath, text) in site.sources {
            let path = SitePaths.page(for: bundlePath)
            var body =
                "<p class=\"muted small\"><a href=\"\(SitePaths.rootPrefix(of: path))files.html\">Files</a> · "
                + "<code>\(HTMLText.escape(bundlePath))</code></p>"
            if let front = site.bundle.documents[bundlePath]?.frontMatter?.mapping, !front.isEmpty {
                body += YAMLHTML.fields(front)
            }
            if let claims = site.citedBy[bundlePath], !claims.isEmpty {
                body += "<p><strong>Cited by:</strong> \(site.claimLinks(claims, from: path))</p>"
            }
            let found = site.findingIndex.inFile(bundlePath)
            if !found.isEmpty {
                body +=
                    "<details><summary>\(found.count) review findings</summary>\(site.findingsHTML(found))</details>"
            }
            body += site.markdown(text, from: bundlePath, on: path)
            let title = bundlePath.split(separator: "/").last.map(String.init) ?? bundlePath
            pages.add(path, site.shell.page(path: path, title: title, body: body, section: section(of: bundlePath)))
        }
        pages.add("evidence.html", evidenceIndex(site))
        pages.add("files.html", fileList(site))
    }

    static func section(of bundlePath: String) -> String {
        bundlePath.hasPrefix("evidence/") ? "evidence.html" : "files.html"
    }

    static func evidenceIndex(_ site: SiteContext) -> String {
        let path = "evidence.html"
        var body = "<h1>Evidence</h1>"
        if site.bundle.evidenceIndex != nil {
            body +=
                "<p>" + site.fileLink(BundlePaths.evidenceIndex, from: path, label: "evidence/README.md (the index)")
                + "</p>"
        }
        let files = site.bundle.evidenceFiles
        for kind in [EvidenceFile.Kind.table, .figure, .result, .log, .proof, .other] {
            let group = files.filter { $0.kind == kind }
            if group.isEmpty { continue }
            body += "<h2>\(kind.rawValue.capitalized)s</h2><ul>"
            body +=
                group.map { file in
                    let caption = file.metadata(.caption)?.text ?? ""
                    return "<li>" + site.fileLink(file.path, from: path, label: file.heading ?? file.path)
                        + (file.tables.isEmpty ? "" : " <span class=\"badge\">\(file.tables.count) table(s)</span>")
                        + (caption.isEmpty ? "" : "<br><span class=\"muted small\">\(HTMLText.escape(caption))</span>")
                        + "</li>"
                }.joined() + "</ul>"
        }
        let images = site.links.copied.filter { $0.hasPrefix("evidence/") }.sorted()
        if !images.isEmpty {
            body += "<h2>Images</h2><div class=\"cards\">"
            body +=
                images.map { image in
                    "<figure class=\"card\"><img src=\"\(HTMLText.escape(SitePaths.copy(of: image)))\" alt=\"\" style=\"max-width:100%\">"
                        + "<figcaption class=\"small\"><code>\(HTMLText.escape(image))</code></figcaption></figure>"
                }.joined() + "</div>"
        }
        return site.shell.page(path: path, title: "Evidence", body: body, section: path)
    }

    static func fileList(_ site: SiteContext) -> String {
        let path = "files.html"
        var body = "<h1>Files</h1><ul>"
        for file in site.bundle.allPaths {
            if site.links.copied.contains(file) {
                body += "<li><a href=\"\(HTMLText.escape(SitePaths.copy(of: file)))\">\(HTMLText.escape(file))</a></li>"
            } else {
                body += "<li>" + site.fileLink(file, from: path) + "</li>"
            }
        }
        return site.shell.page(path: path, title: "Files", body: body + "</ul>", section: path)
    }
}
