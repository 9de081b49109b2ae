/// A file's text, one item per line keyed by its number; a line too long
/// for the page is cut and read on with `--from LINE@OFFSET`.
enum FilePage {
    static func sections(_ view: FileView) -> [PageSection] {
        let header = PageItem("# \(view.path) (\(view.lines.count) lines)", key: view.path)
        var sections = [PageText.section(nil, [header], noun: "lines", index: true)]
        if let reason = view.unreadable {
            sections.append(PageText.section(nil, [PageItem("(not shown: \(reason))", key: "reason")], noun: "lines"))
            return sections
        }
        let items = view.lines.enumerated().map { PageItem($1, key: "\($0 + 1)") }
        sections.append(PageText.section(nil, items, noun: "lines", target: view.path))
        return sections
    }
}
