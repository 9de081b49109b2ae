import AraCore

/// How objects and fields are written as page lines, one way for every page.
enum PageText {
    /// `C03 [supported] Title`, `N17 dead_end: Title`, `evidence/tables/t2.md: Table 2 …`.
    static func line(_ ref: ObjectRef) -> String {
        switch ref.kind {
        case "claim": "- \(ref.id) [\(ref.detail ?? "no status")] \(ref.title)"
        case "node": "- \(ref.id) \(ref.detail ?? "node"): \(ref.title)"
        case "file": "- \(ref.id)"
        case "evidence": "- \(ref.id)" + (ref.title.isEmpty ? "" : ": \(ref.title)")
        case "session", "observation": "- \(ref.id): \(ref.title)"
        default: ref.id == ref.title ? "- \(ref.id)" : "- \(ref.id): \(ref.title)"
        }
    }

    /// The text cut at the last word that keeps it within `limit` characters, marked with `…`.
    static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut + " …"
    }

    static func item(_ ref: ObjectRef) -> PageItem { PageItem(line(ref), key: ref.id, ref: ref) }

    /// `# C03: Title [supported] (logic/claims.md:19)`.
    static func header(_ ref: ObjectRef) -> PageSection {
        var text = "# \(ref.id)"
        if let detail = ref.detail { text += " [\(detail)]" }
        if !ref.title.isEmpty, ref.title != ref.id { text += ": " + ref.title }
        if let location = ref.location, !location.hasPrefix(ref.id + ":") { text += " (\(location))" }
        return section(nil, [PageItem(text, key: ref.id)], noun: "lines", index: true)
    }

    /// Fields as `Name: text` items, each cut at a word when long.
    static func fields(_ fields: [FieldView], target: String) -> PageSection {
        let items = fields.map { field in
            PageItem("\(field.name): \(field.text)", key: field.name)
        }
        // Half the page at most: the references after the fields are the point of reading one step out.
        return section(nil, items, noun: "fields", target: target, share: 0.5)
    }

    /// A titled list of references; `nil` when empty, so empty lists cost nothing.
    static func refs(_ title: String, _ refs: [ObjectRef], noun: String, target: String) -> PageSection? {
        guard !refs.isEmpty else { return nil }
        return section("\(title) (\(refs.count)):", refs.map(item), noun: noun, target: target)
    }

    static func section(
        _ title: String?, _ items: [PageItem], noun: String, target: String? = nil, index: Bool = false,
        share: Double = 1, yields: Int = 0
    ) -> PageSection {
        var section = PageSection(title: title, items: items, noun: noun, target: target)
        section.isIndex = index
        section.share = share
        section.yields = yields
        return section
    }
}
