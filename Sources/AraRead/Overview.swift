import AraCore

/// Level 1 of a bundle: identity, abstract, claims, layer counts.
enum Overview {
    static func build(_ index: ObjectIndex) -> OverviewView {
        let manifest = index.bundle.manifest
        let catalog = ObjectCatalog(index)
        let layers = index.bundle.layersPresent.map { layer in
            let listed = catalog.objects(under: layer, allPaths: index.result.paths)
            return LayerCount(
                layer: layer, files: listed.files.count,
                objects: ObjectCatalog.counts(listed.objects.filter { $0.kind != "file" }))
        }
        return OverviewView(
            title: manifest?.title, authors: manifest?.authors ?? [], year: manifest?.year,
            abstract: manifest.flatMap(abstract), claims: index.context.claims.map(index.ref), layers: layers)
    }

    /// The front matter's `abstract`, else an `Abstract` or `Overview` section's text.
    static func abstract(_ manifest: Manifest) -> String? {
        if let text = manifest.frontMatter?["abstract"]?.scalarText?.trimmingWhitespace(), !text.isEmpty {
            return text
        }
        let section = manifest.document.sections.first {
            ["abstract", "overview", "summary"].contains($0.heading.title.lowercased())
        }
        let text = section?.texts.map(\.text).joined(separator: "\n\n").trimmingWhitespace()
        return text?.isEmpty == false ? text : nil
    }
}
