import AraCore

/// The details of one exploration node: type, fields, evidence (claims
/// linked), parent, children and extra dependencies.
struct NodeDetail {
    let site: SiteContext
    let nodesByID: [String: TreeNode]
    let claimIDs: Set<String>

    init(site: SiteContext, tree: ExplorationTree) {
        self.site = site
        var byID: [String: TreeNode] = [:]
        for (node, id) in zip(tree.allNodes, GraphDOT.nodeIDs(tree)) where byID[id] == nil { byID[id] = node }
        nodesByID = byID
        claimIDs = Set(site.bundle.claims.map(\.id))
    }

    func html(_ entry: GraphData.Node, on path: String) -> String {
        let root = SitePaths.rootPrefix(of: path)
        let kind = entry.dead ? "<span class=\"dead-mark\">✕ DEAD END</span>" : HTMLText.escape(entry.type)
        var html =
            "<h3>\(HTMLText.escape(entry.id)) · \(kind)</h3><p><strong>\(HTMLText.escape(entry.title))</strong></p>"
        guard let node = nodesByID[entry.id] else { return html }
        let found = site.findingIndex.about(entry.id)
        html += site.findingsHTML(found)
        if !node.fields.isEmpty { html += YAMLHTML.fields(node.fields) }
        var relations: [(String, [String])] = []
        if let parent = entry.parent { relations.append(("Parent", [parent])) }
        relations.append(("Children", node.children.compactMap(\.id)))
        relations.append(("Also depends on", node.alsoDependsOn))
        for (label, ids) in relations where !ids.isEmpty {
            let links = ids.map { "<a href=\"\(root)\(SitePaths.nodeDetail($0))\">\(HTMLText.escape($0))</a>" }
            html += "<p class=\"small\"><strong>\(label):</strong> \(links.joined(separator: ", "))</p>"
        }
        let claims = node.evidence.compactMap { reference -> String? in
            guard case .id(let id) = reference, claimIDs.contains(id) else { return nil }
            return "<a href=\"\(root)\(SitePaths.claim(id))\">\(HTMLText.escape(id))</a>"
        }
        if !claims.isEmpty {
            html += "<p class=\"small\"><strong>Claims:</strong> \(claims.joined(separator: ", "))</p>"
        }
        html += "<p class=\"small\"><a href=\"\(root)graph.html#node-\(entry.slug)\">Show in the graph</a> · "
        html += "<a href=\"\(root)nodes.html#\(entry.slug)\">Node page</a></p>"
        return html
    }
}
