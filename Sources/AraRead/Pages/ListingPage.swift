/// A layer, directory or structured file: one line per object, in order.
enum ListingPage {
    static func sections(_ view: ListingView, target: String) -> [PageSection] {
        let counts = ObjectCatalog.counts(view.objects.filter { $0.kind != "file" })
        var header = "# \(view.name): \(view.files.count) file\(view.files.count == 1 ? "" : "s")"
        if !counts.isEmpty { header += "; " + counts.joined(separator: ", ") }
        return [
            PageText.section(nil, [PageItem(header, key: view.name)], noun: "lines", index: true),
            PageText.section(nil, view.objects.enumerated().map(item), noun: "objects", target: target),
        ]
    }

    /// Objects are keyed by id; files and evidence files, whose paths are
    /// long, by their place in the list, so a pointer stays short.
    static func item(_ position: Int, _ ref: ObjectRef) -> PageItem {
        var item = PageText.item(ref)
        if ref.kind == "file" || ref.kind == "evidence" { item.key = "\(position + 1)" }
        return item
    }
}
