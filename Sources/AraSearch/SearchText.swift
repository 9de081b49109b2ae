import AraCore

/// `arakit search`'s text output: per hit, `bundle/path:line  ID kind  title`
/// and the matching line indented under it.
public enum SearchText {
    static let maxTitle = 100

    public static func render(_ result: SearchResult, style: TerminalStyle) -> String {
        guard !result.hits.isEmpty else {
            return "no match for \(result.query) in \(result.bundles) bundle\(result.bundles == 1 ? "" : "s")\n"
        }
        var output = ""
        for hit in result.hits {
            let place = (hit.bundle.hasSuffix("/") ? hit.bundle : hit.bundle + "/") + hit.path + ":\(hit.line)"
            let name = hit.id.isEmpty ? hit.kind.rawValue : "\(hit.id) \(hit.kind.rawValue)"
            let title = hit.title.count > maxTitle ? hit.title.prefix(maxTitle - 1) + "…" : hit.title
            output += "\(style.cyan(place))  \(style.bold(name))  \(title)\n"
            // A heading line that only repeats the title says nothing more.
            if !hit.text.isEmpty, !hit.text.contains(hit.title) { output += "    \(hit.text)\n" }
        }
        return output
    }
}
