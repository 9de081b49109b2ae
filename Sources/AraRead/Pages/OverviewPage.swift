/// Level 1: title, authors, abstract, one line per claim, the layer index.
enum OverviewPage {
    static func sections(_ view: OverviewView) -> [PageSection] {
        var header = "# " + PageText.shortened(view.title ?? "(untitled bundle)", to: 100)
        if !view.authors.isEmpty { header += "\n" + PageText.shortened(view.authors.joined(separator: ", "), to: 80) }
        if let year = view.year { header += " (\(year))" }
        var sections = [
            PageText.section(nil, [PageItem(header, key: "title")], noun: "lines", index: true)
        ]
        if let abstract = view.abstract {
            // The abstract yields to the claims and the layers: they are filled first.
            sections.append(
                PageText.section(
                    nil, [PageItem("Abstract: " + abstract, key: "abstract")], noun: "lines",
                    share: 0.3, yields: 2))
        }
        sections.append(
            PageText.section(
                "Claims (\(view.claims.count)):", view.claims.map(claimItem), noun: "claims", target: "logic"))
        // Objects when the layer has them (files are what the listing shows), else files.
        let layers = view.layers.map { layer in
            let counts = layer.objects.filter { !$0.hasSuffix("evidence files") && !$0.hasSuffix("evidence file") }
            let files = "\(layer.files) file\(layer.files == 1 ? "" : "s")"
            return PageItem(
                "- \(layer.layer): " + (counts.isEmpty ? files : counts.joined(separator: ", ")), key: layer.layer)
        }
        if !layers.isEmpty {
            sections.append(PageText.section("Layers:", layers, noun: "layers", yields: 1))
        }
        return sections
    }

    /// One short line per claim: level 1 is for choosing what to read next.
    static func claimItem(_ ref: ObjectRef) -> PageItem {
        var short = ref
        short.title = PageText.shortened(ref.title, to: 70)
        var item = PageText.item(short)
        item.ref = ref
        return item
    }
}
