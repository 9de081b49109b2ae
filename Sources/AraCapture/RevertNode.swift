import AraCore
import AraGit

extension HistoryCapture {
    /// The node a revert makes (SPEC.md §10.2). A revert that undoes the
    /// original change is a dead end under the node of what it reverts. A
    /// revert of a revert (a reapply) re-opens that work: it is a decision to
    /// take the change back, which sits where any decision after the dead end
    /// would and depends on the original change's node.
    mutating func revertNode(
        for commit: GitCommit, link: RevertLink, values: [String: YAMLValue], body: String?, title: String,
        explicit: String?, stamp: [YAMLEntry]
    ) throws(CaptureError) -> Made {
        var values = values
        let type: NodeType = link.reapplies ? .decision : .deadEnd
        var parent = try self.parent(for: commit, type: type, explicit: explicit)
        if let target = link.target, explicit == nil {
            // Rule 2 of §10.3: under the node made from the reverted commit
            // (its holder for this type), else the nearest node above it.
            var node = tree.nodeByCommit[target]
            if node == nil { node = try anchor(of: target) }
            parent = tree.holder(for: type, after: node) ?? parent
        }
        let reverted = link.target.map { "Reverts \($0.prefix(12))" }
        let unmatched = link.unmatched.map { quoted in
            "Reverts \"\(quoted.subject)\" ("
                + (quoted.count == 0
                    ? "no earlier commit has that subject"
                    : "\(quoted.count) earlier commits have that subject; none is linked") + ")"
        }
        let fallback = "Reverts \(link.original)"
        var also: [String] = []
        if link.reapplies {
            values["choice"] = values["choice"] ?? .string("reapply \(link.original)")
            if values["rationale"] == nil, let body { values["rationale"] = .string(body) }
            let brought = link.originalCommit.map { ", bringing back \($0.prefix(12))" } ?? ""
            values["description"] =
                values["description"] ?? .string((reverted ?? unmatched ?? fallback) + brought + ".")
            if let original = link.originalCommit, let node = tree.nodeByCommit[original], node != parent {
                also.append(node)
            }
        } else {
            values["hypothesis"] = values["hypothesis"] ?? .string(link.original)
            if values["failure_mode"] == nil, let body { values["failure_mode"] = .string(body) }
            values["description"] = values["description"] ?? .string((reverted ?? unmatched ?? fallback) + ".")
        }
        let node = NodeDraft.node(
            id: tree.nextID(), type: type, title: title, sourceRefs: ["git:\(commit.id)"], values: values,
            extra: stamp, alsoDependsOn: also)
        return (node, parent, "revert")
    }
}
