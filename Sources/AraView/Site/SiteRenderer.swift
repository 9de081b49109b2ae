import AraCore
import AraRead
import AraReview
import Foundation

/// Reads and reviews a bundle and renders its site, in memory or file by file.
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

    /// What a render says besides its files.
    public struct Outcome: Sendable {
        public var title: String
        /// What the site leaves out, and why (a graph too large to draw).
        public var notes: [String]
    }

    /// The whole site in memory (`arakit serve`).
    public func render(bundleAt root: URL) throws(ViewError) -> RenderedSite {
        var files: [String: Data] = [:]
        let outcome = try render(bundleAt: root) { path, data in files[path] = data }
        return RenderedSite(files: files, title: outcome.title, notes: outcome.notes)
    }

    /// Renders the site, handing each file to `emit` (its path, its bytes) as
    /// soon as it is made, so that a caller writing them holds one page at a time.
    public func render(bundleAt root: URL, emit: @escaping (String, Data) -> Void) throws(ViewError) -> Outcome {
        let (reading, fileSystem) = try Self.read(root, limits: limits)
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
        let copied = Self.copyImages(of: bundle, in: fileSystem, to: emit)
        var sources: [String: String] = [:]
        for path in bundle.documents.keys {
            if let text = fileSystem.readText(path).file?.text { sources[path] = Self.body(of: text) }
        }
        let title = bundle.manifest?.title ?? root.lastPathComponent
        var site = SiteContext(
            bundle: bundle, findings: review.wait() ?? [], sources: sources,
            links: LinkPolicy(pages: Set(sources.keys), copied: copied),
            shell: PageShell(bundleTitle: title, liveReload: liveReload))
        site.claimIDs = Set(bundle.claims.map(\.id).filter { !$0.isEmpty })
        if let (claims, citations) = resolved.wait() {
            site.claimViews = claims
            site.citedBy = citations
        }
        let pages = SitePages(emit)
        Self.pages(site, into: pages)
        var drawing = size.map(GraphPage.Drawing.tooLarge)
        if let layout { drawing = .svg(try layout.wait()?.get() ?? "") }
        GraphPage.render(site, drawing: drawing, into: pages)
        // The drawing's Graphviz source, for anyone who wants to lay it out differently.
        if let dot { emit("graph.dot", Data(dot.utf8)) }
        return Outcome(title: title, notes: size.flatMap { $0.isDrawn ? nil : [$0.note] } ?? [])
    }

    /// The bundle read once for the pages and the review, once for AraRead's resolving.
    static func read(_ root: URL, limits: ReadLimits) throws(ViewError) -> (BundleReading, BundleFileSystem) {
        let fileSystem: BundleFileSystem
        do { fileSystem = try BundleFileSystem(root: root, limits: limits) } catch { throw .read(error) }
        do {
            return (try BundleReading(root: root, limits: limits), fileSystem)
        } catch {
            guard case .bundle(let inner) = error else { throw .read(.io(path: root.path, message: error.description)) }
            throw .read(inner)
        }
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

    /// Raster images of the bundle, copied to the site as they are; the bundle paths copied.
    static func copyImages(of bundle: AraBundle, in fileSystem: BundleFileSystem, to emit: (String, Data) -> Void)
        -> Set<String>
    {
        var copied: Set<String> = []
        for path in bundle.assets where SitePaths.imageExtensions.contains(fileExtension(path)) {
            guard let read = fileSystem.readData(path).read else { continue }
            emit(SitePaths.copy(of: path), read.data)
            copied.insert(path)
        }
        return copied
    }

    /// Every page but the graph's, which waits for the layout.
    static func pages(_ site: SiteContext, into pages: SitePages) {
        pages.add(OverviewPage.path, OverviewPage.render(site))
        ClaimPages.render(site, into: pages)
        ObjectPages.render(site, into: pages)
        DocumentPages.render(site, into: pages)
        TracePages.render(site, into: pages)
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
