import AraCore

/// `graph.html`: the Graphviz drawing and the same nodes as a tree, with
/// search, type and dead-end filters, a replay stepper and a detail pane;
/// `nodes.html`: every node's details, for links and for readers without scripts.
enum GraphPage {
    static let path = "graph.html"

    /// What stands in the graph view.
    enum Drawing {
        /// Graphviz's drawing.
        case svg(String)
        /// None: the graph is past ``GraphSize/maxDrawnElements``; the page opens on the tree view.
        case tooLarge(GraphSize)
    }

    static func render(_ site: SiteContext, drawing: Drawing?, into pages: SitePages) {
        guard let tree = site.bundle.tree, let drawing else {
            let body =
                "<h1>Exploration graph</h1><p class=\"muted\">This bundle has no <code>trace/exploration_tree.yaml</code>.</p>"
            pages.add(path, site.shell.page(path: path, title: "Graph", body: body, section: path))
            pages.add("nodes.html", site.shell.page(path: "nodes.html", title: "Nodes", body: body, section: path))
            return
        }
        let data = GraphData(tree)
        let details = NodeDetail(site: site, tree: tree)
        var body = "<h1>Exploration graph</h1><div class=\"graph-page\">" + panel(data)
        body += "<div><div id=\"graph-view\" class=\"canvas\">\(html(drawing))</div>"
        body += "<div id=\"tree-view\" class=\"tree canvas\" hidden>\(treeList(data))</div></div>"
        body +=
            "<aside id=\"detail\" class=\"panel detail\"><p class=\"muted\">Click a node to see it here.</p></aside></div>"
        body += data.nodes.map { "<template id=\"detail-\($0.slug)\">\(details.html($0, on: path))</template>" }
            .joined()
        body += "<script type=\"application/json\" id=\"graph-data\">\(data.scriptJSON())</script>"
        body += "<script>\(SiteScript.graph)</script>"
        if case .tooLarge = drawing { body += "<script>\(SiteScript.treeFirst)</script>" }
        var shell = site.shell
        shell.wide = true
        pages.add(path, shell.page(path: path, title: "Exploration graph", body: body, section: path))
        let list = data.nodes.map {
            "<section class=\"object\" id=\"\($0.slug)\">\(details.html($0, on: "nodes.html"))</section>"
        }
        pages.add(
            "nodes.html",
            site.shell.page(
                path: "nodes.html", title: "Nodes", body: "<h1>Exploration nodes</h1>" + list.joined(), section: path))
    }

    static func html(_ drawing: Drawing) -> String {
        switch drawing {
        case .svg(let svg): svg
        case .tooLarge(let size): "<p class=\"muted\">\(HTMLText.escape(size.note))</p>"
        }
    }

    static func panel(_ data: GraphData) -> String {
        var types: [String] = []
        for node in data.nodes where !types.contains(node.type) { types.append(node.type) }
        let boxes = types.map { type in
            let style = NodeStyle.of(NodeType(type))
            let count = data.nodes.filter { $0.type == type }.count
            return "<label><input type=\"checkbox\" data-type=\"\(HTMLText.escape(type))\" checked>"
                + "<span class=\"swatch\" style=\"background:\(style.fill);border-color:\(style.stroke)\"></span>"
                + "\(HTMLText.escape(type.replacingOccurrences(of: "_", with: " "))) (\(count))</label>"
        }.joined()
        return """
            <div class="panel"><input type="search" id="search" placeholder="Search nodes…" aria-label="Search nodes">
            <p class="small muted"><span id="count">\(data.nodes.count)</span> of \(data.nodes.count) nodes shown</p>
            <fieldset><legend>Types</legend>\(boxes)</fieldset>
            <fieldset><legend>Dead ends</legend><label><input type="checkbox" id="dead-only">
            <span class="dead-mark">✕</span> dead ends only</label></fieldset>
            <fieldset><legend>View</legend><button id="toggle" type="button">Show as tree</button>
            <button id="zoom-out" type="button" aria-label="Zoom out">−</button>
            <button id="zoom-in" type="button" aria-label="Zoom in">+</button></fieldset>
            <fieldset><legend>Replay</legend>
            <button id="first" type="button" aria-label="First">|◀</button><button id="prev" type="button" aria-label="Back">◀</button>
            <button id="play" type="button">▶ Play</button><button id="next" type="button" aria-label="Forward">▶</button>
            <button id="last" type="button" aria-label="Last">▶|</button>
            <input type="range" id="step" min="0" value="\(data.nodes.count)" aria-label="Replay step" style="width:100%">
            <div id="step-label" class="small muted"></div></fieldset>
            <p class="small muted">Solid edges: nested under; dashed: also depends on. Dead ends are octagons with a double \
            dashed border and ✕.</p></div>
            """
    }

    /// The tree as a flat list indented by depth (no recursion on deep trees).
    static func treeList(_ data: GraphData) -> String {
        "<ul>"
            + data.nodes.map { node in
                let kind = node.dead ? "✕ dead end" : node.type.replacingOccurrences(of: "_", with: " ")
                return "<li class=\"tnode \(NodeStyle.cssClass(NodeType(node.type)))\" data-node=\"\(node.slug)\" "
                    + "style=\"margin-left:\(min(node.depth, 30) * 18)px\"><span class=\"kind\">\(HTMLText.escape(kind))</span> "
                    + "<a href=\"nodes.html#\(node.slug)\">\(HTMLText.escape(node.id))</a> \(HTMLText.escape(node.title))</li>"
            }.joined() + "</ul>"
    }
}
