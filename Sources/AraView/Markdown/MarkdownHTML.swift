import AraCore
import CCMarkGFM

/// Renders bundle Markdown to HTML with cmark-gfm's parser and AraKit's own
/// writer over its tree, so nothing from the bundle reaches the page
/// unescaped: raw HTML blocks and inline HTML are shown as text, every link
/// goes through ``LinkPolicy``, and table cells get ids that claim pages
/// point at (``SitePaths/cellID(table:row:column:)``).
public struct MarkdownHTML: Sendable {
    public var links: LinkPolicy
    /// The bundle file the Markdown comes from; relative links resolve against it.
    public var sourcePath: String
    /// `../` back to the site root from the page being written.
    public var rootPrefix: String
    /// Cell ids to mark as cited.
    public var highlighted: Set<String> = []
    /// Claim ids linked to their pages wherever the text names them (`C04` in a table's Grounds column).
    public var claimIDs: Set<String> = []

    public init(links: LinkPolicy, sourcePath: String, rootPrefix: String, highlighted: Set<String> = []) {
        self.links = links
        self.sourcePath = sourcePath
        self.rootPrefix = rootPrefix
        self.highlighted = highlighted
    }

    /// The HTML of `markdown`. The tree is walked with cmark's iterator, not
    /// recursion, so deeply nested input cannot exhaust the stack.
    public func render(_ markdown: String) -> String {
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return HTMLText.escape(markdown) }
        defer { cmark_parser_free(parser) }
        CMarkExtensions.attach(["table", "strikethrough", "autolink"], to: parser)
        markdown.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        guard let document = cmark_parser_finish(parser), let iterator = cmark_iter_new(document) else {
            return HTMLText.escape(markdown)
        }
        defer {
            cmark_iter_free(iterator)
            cmark_node_free(document)
        }
        var writer = MarkdownHTMLWriter(options: self)
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let skipChildren = writer.visit(node, entering: event == CMARK_EVENT_ENTER)
            if skipChildren { cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT) }
        }
        return writer.output
    }

    /// A site-relative target as an `href` from the page being written.
    func href(_ target: LinkPolicy.Target) -> String {
        switch target {
        case .external(let url): url
        case .fragment(let fragment): "#" + fragment
        case .site(let path, let fragment): rootPrefix + path + (fragment.map { "#" + $0 } ?? "")
        }
    }
}
