import AraCore
import AraRead
import AraReview
import Foundation

/// Reads and reviews a bundle and renders its site in memory.
public struct SiteRenderer: Sendable {
    public var graphviz: Graphviz
    /// Pages listen for the server's reload events.
    public var liveReload: Bool
    public var limits: ReadLimits

    public init(graphviz: Graphviz, liveReload: Bool = false, limits: ReadLimits = .default) {
        self.graphviz = graphviz
        self.liveReload = liveReload
        self.limits = limits
    }

    public func render(bundleAt root: URL) throws(ViewError) -> RenderedSite {
        let fileSystem: BundleFileSystem
        do { fileSystem = try BundleFileSystem(root: root, limits: limits) } catch { throw .read(error) }
        let reading: BundleReading
        do {
            reading = try BundleReading(root: root, limits: limits)
        } catch {
            guard case .bundle(let inner) = error else { throw .read(.io(path: root.path, message: error.description)) }
            throw .read(inner)
        }
        let result = reading.result
        let bundle = result.bundle
        // Layout and review run beside the page building; both are the slow parts.
        let dot = bundle.tree.map(GraphDOT.dot)
        let size = bundle.tree.map(GraphSize.init)
        let graphviz = self.graphviz
        // Past the bound no layout starts: it would take Graphviz minutes (GraphSize).
        let layout = dot.flatMap { text in
            size?.isDrawn == true ? Background { Result { () throws(ViewError) in try graphviz.svg(text) } } : nil
        }
        let limits = self.limits
        // A review that cannot run (a broken arakit.toml) leaves the site without findings, not unrendered.
        let review = Background {
            (try? Reviewer(limits: limits).review(result, fileSystem: fileSystem, root: root).findings) ?? []
        }
        let resolved = Background { Self.resolve(reading, bundle: bundle) }
        var files = Self.images(of: bundle, in: fileSystem)
        var sources: [String: String] = [:]
        for path in bundle.documents.keys {
            if let text = fileSystem.readText(path).file?.text { sources[path] = Self.body(of: text) }
        }
        let links = LinkPolicy(
            pages: Set(sources.keys), copied: Set(files.keys.map { String($0.dropFirst("files/".count)) }))
        let title = bundle.manifest?.title ?? root.lastPathComponent
        var site = SiteContext(
            bundle: bundle, findings: review.wait() ?? [], sources: sources, links: links,
            shell: PageShell(bundleTitle: title, liveReload: liveReload))
        site.claimIDs = Set(bundle.claims.map(\.id).filter { !$0.isEmpty })
        if let (claims, citations) = resolved.wait() {
            site.claimViews = claims
            site.citedBy = citations
        }
        var pages = Self.pages(site)
        var drawing = size.map(GraphPage.Drawing.tooLarge)
        if let layout { drawing = .svg(try layout.wait()?.get() ?? "") }
        GraphPage.render(site, drawing: drawing, into: &pages)
        // Each page leaves `pages` as its bytes join `files`: the site is not held twice
        // (10,000 claims make 170 MB of pages).
        while let (path, html) = pages.popFirst() { files[path] = Data(html.utf8) }
        // The drawing's Graphviz source, for anyone who wants to lay it out differently.
        if let dot { files["graph.dot"] = Data(dot.utf8) }
        let notes = size.flatMap { $0.isDrawn ? nil : [$0.note] } ?? []
        return RenderedSite(files: files, title: title, notes: notes)
    }

    /// Claims (their proof chains) and evidence files (the claims citing them), resolved by AraRead once each.
    static func resolve(_ reading: BundleReading, bundle: AraBundle) -> ([String: ClaimView], [String: [ObjectRef]]) {
        var claims: [String: ClaimView] = [:]
        var citations: [String: [ObjectRef]] = [:]
        for claim in bundle.claims where !claim.id.isEmpty {
            if case .claim(let view)? = try? reading.resolve(claim.id) { claims[claim.id] = view }
        }
        for file in bundle.evidenceFiles {
            if case .evidence(let view)? = try? reading.resolve(file.path) { citations[file.path] = view.citedBy }
        }
        return (claims, citations)
    }

    /// Raster images of the bundle, copied to the site as they are.
    static func images(of bundle: AraBundle, in fileSystem: BundleFileSystem) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in bundle.assets where SitePaths.imageExtensions.contains(fileExtension(path)) {
            if let read = fileSystem.readData(path).read { files[SitePaths.copy(of: path)] = read.data }
        }
        return files
    }

    /// Every page but the graph's, which waits for the layout.
    static func pages(_ site: SiteContext) -> [String: String] {
        var pages: [String: String] = [:]
        pages[OverviewPage.path] = OverviewPage.render(site)
        ClaimPages.render(site, into: &pages)
        ObjectPages.render(site, into: &pages)
        DocumentPages.render(site, into: &pages)
        TracePages.render(site, into: &pages)
        return pages
    }

    /// Markdown without its YAML front matter (shown apart, from the model).
    static func body(of text: String) -> String {
        guard text.hasPrefix("---") else { return text }
        var lines = text.splitLines()
        guard
            let close = lines.indices.dropFirst().first(where: {
                ["---", "..."].contains(lines[$0].trimmingWhitespace())
            })
        else { return text }
        lines.removeSubrange(0...close)
        return lines.joined(separator: "\n")
    }

    static func fileExtension(_ path: String) -> String {
        guard let name = path.split(separator: "/").last, let dot = name.lastIndex(of: ".") else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
