import AraCore
import CCMarkGFM

/// The state of one rendering: the HTML so far, open links, and where in
/// which table the walk is.
struct MarkdownHTMLWriter {
    let options: MarkdownHTML
    var output = ""
    /// Closing tags of open links: `</a>` for a kept link, `</span>` for a dropped one.
    var linkClosers: [String] = []
    /// Index of the current top-level table, its body row and column.
    var table = -1
    var row = -1
    var column = -1
    var inHeader = false

    init(options: MarkdownHTML) { self.options = options }

    /// Writes one iterator event; returns true when the node's children must be skipped.
    mutating func visit(_ node: OpaquePointer, entering: Bool) -> Bool {
        let type = String(cString: cmark_node_get_type_string(node))
        switch type {
        case "document": return false
        case "text": text(literal(node))
        case "code": output += "<code>" + HTMLText.escape(literal(node)) + "</code>"
        case "softbreak": output += "\n"
        case "linebreak": output += "<br>\n"
        case "html_inline": output += "<code class=\"raw\">" + HTMLText.escape(literal(node)) + "</code>"
        case "html_block", "code_block": codeBlock(node, raw: type == "html_block")
        case "thematic_break": output += "<hr>\n"
        case "link": link(node, entering: entering)
        case "image":
            image(node)
            return true
        case "table", "table_header", "table_row", "table_cell": tablePart(type, node, entering: entering)
        default: container(type, node, entering: entering)
        }
        return false
    }

    /// Text, with the claim ids it names linked to their pages (not inside a link already).
    mutating func text(_ text: String) {
        guard !options.claimIDs.isEmpty, linkClosers.isEmpty else {
            output += HTMLText.escape(text)
            return
        }
        var word = ""
        for character in text + " " {
            if character.isLetter || character.isNumber {
                word.append(character)
                continue
            }
            if options.claimIDs.contains(word) {
                output += "<a href=\"\(HTMLText.escape(options.rootPrefix + SitePaths.claim(word)))\">\(word)</a>"
            } else {
                output += HTMLText.escape(word)
            }
            word = ""
            output += HTMLText.escape(String(character))
        }
        output.removeLast()
    }

    func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    mutating func codeBlock(_ node: OpaquePointer, raw: Bool) {
        let text = literal(node)
        output += "<pre\(raw ? " class=\"raw\"" : "")><code>" + HTMLText.escape(text) + "</code></pre>\n"
    }

    mutating func container(_ type: String, _ node: OpaquePointer, entering: Bool) {
        let tag: String
        switch type {
        case "paragraph":
            // Tight list items show their paragraphs without <p>, as Markdown renderers do.
            if let parent = cmark_node_parent(node), let list = cmark_node_parent(parent),
                String(cString: cmark_node_get_type_string(parent)) == "item", cmark_node_get_list_tight(list) != 0
            {
                return
            }
            tag = "p"
        case "heading": tag = "h\(min(6, max(1, Int(cmark_node_get_heading_level(node))) + 1))"
        case "block_quote": tag = "blockquote"
        case "list": tag = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? "ol" : "ul"
        case "item": tag = "li"
        case "emph": tag = "em"
        case "strong": tag = "strong"
        case "strikethrough": tag = "del"
        default: tag = "span"
        }
        output += entering ? "<\(tag)>" : "</\(tag)>" + (tag.count > 2 || tag == "p" || tag == "li" ? "\n" : "")
    }

    mutating func link(_ node: OpaquePointer, entering: Bool) {
        guard entering else {
            output += linkClosers.popLast() ?? ""
            return
        }
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        if let target = options.links.resolve(url, from: options.sourcePath) {
            let external = if case .external = target { true } else { false }
            output += "<a href=\"\(HTMLText.escape(options.href(target)))\""
            output += external ? " rel=\"noopener noreferrer\">" : ">"
            linkClosers.append("</a>")
        } else {
            output += "<span class=\"dropped-link\" title=\"link not kept: \(HTMLText.escape(url))\">"
            linkClosers.append("</span>")
        }
    }

    mutating func image(_ node: OpaquePointer) {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let alt = CMarkText.plain(node)
        if case .site(let path, _) = options.links.resolve(url, from: options.sourcePath),
            SitePaths.imageExtensions.contains(path.split(separator: ".").last.map { $0.lowercased() } ?? "")
        {
            output += "<img src=\"\(HTMLText.escape(options.rootPrefix + path))\" alt=\"\(HTMLText.escape(alt))\">"
        } else {
            output += "<span class=\"dropped-link\" title=\"image not kept: \(HTMLText.escape(url))\">"
            output += HTMLText.escape(alt) + "</span>"
        }
    }

    mutating func tablePart(_ type: String, _ node: OpaquePointer, entering: Bool) {
        let topLevel = cmark_node_parent(node).map { String(cString: cmark_node_get_type_string($0)) } == "document"
        switch (type, entering) {
        case ("table", true):
            if topLevel { table += 1 }
            row = -1
            output += "<div class=\"table-wrap\"><table>\n"
        case ("table", false): output += "</tbody></table></div>\n"
        case ("table_header", true):
            inHeader = true
            column = -1
            output += "<thead><tr>"
        case ("table_header", false):
            inHeader = false
            output += "</tr></thead><tbody>\n"
        case ("table_row", true):
            row += 1
            column = -1
            output += "<tr>"
        case ("table_row", false): output += "</tr>\n"
        case ("table_cell", true): openCell()
        default: output += inHeader ? "</th>" : "</td>"
        }
    }

    mutating func openCell() {
        column += 1
        if inHeader {
            output += "<th>"
            return
        }
        let id = SitePaths.cellID(table: max(table, 0), row: row, column: column)
        let cited = options.highlighted.contains(id) ? " class=\"cited\"" : ""
        output += "<td id=\"\(id)\"\(cited)>"
    }
}

/// Plain text of a cmark subtree (an image's alt text), gathered without recursion.
enum CMarkText {
    static func plain(_ node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator),
                let literal = cmark_node_get_literal(current)
            else { continue }
            text += String(cString: literal)
        }
        return text
    }
}
