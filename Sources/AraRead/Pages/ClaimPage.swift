import AraReview

/// A claim: its Statement, then what it rests on (Proof experiments and the
/// cells its numbers come from), then its other fields and its neighbours.
/// Status, Proof and Dependencies are not repeated as fields: the header
/// and the resolved sections say them.
enum ClaimPage {
    static let resolvedFields: Set<String> = ["status", "proof", "dependencies"]

    static func sections(_ view: ClaimView, target: String) -> [PageSection] {
        let ref = view.block.ref
        let fields = view.block.fields.filter { !resolvedFields.contains($0.name.lowercased()) }
        let statement = fields.filter { $0.name.lowercased() == "statement" }
        var sections = [PageText.header(ref), PageText.fields(statement, target: target)]
        let proof = view.proof.map { link in
            var item = PageText.item(link.ref)
            if !link.evidenceFiles.isEmpty { item.text += " → " + link.evidenceFiles.joined(separator: ", ") }
            return item
        }
        if !proof.isEmpty {
            sections.append(PageText.section("Proof (\(proof.count)):", proof, noun: "experiments", target: target))
        }
        let cells = view.evidence.values.flatMap(cellItems)
        if !cells.isEmpty {
            sections.append(PageText.section("Cells its numbers come from:", cells, noun: "cells", target: target))
        }
        sections.append(PageText.fields(fields.filter { $0.name.lowercased() != "statement" }, target: target))
        sections += [
            PageText.refs("Depends on", view.dependencies, noun: "claims", target: target),
            PageText.refs("Depended on by", view.dependents, noun: "claims", target: target),
            PageText.refs("Tree nodes citing it", view.nodes, noun: "nodes", target: target),
        ].compactMap { $0 }
        let steps = view.evidence.steps.enumerated().map { PageItem("- " + $1, key: "step\($0 + 1)") }
        if !steps.isEmpty {
            sections.append(PageText.section("Evidence chain:", steps, noun: "steps", target: target, yields: 1))
        }
        return sections.filter { !$0.items.isEmpty }
    }

    /// One line per cell: `- 25.03 ← evidence/tables/t2.md:9 [34 layers × ResNet] "**25.03**"`,
    /// keyed by the value (`25.03`, then `25.03#2` …).
    static func cellItems(_ value: ValueCells) -> [PageItem] {
        guard !value.cells.isEmpty else {
            let why = value.isDifference ? "a difference of two cells of one row or column" : "no cell of its chain"
            return [PageItem("- \(value.value) ← \(why)", key: value.value)]
        }
        return value.cells.enumerated().map { index, cell in
            let line = cell.line.map { ":\($0)" } ?? ""
            return PageItem(
                "- \(value.value) ← \(cell.path)\(line) [\(cell.row) × \(cell.column)] \"\(cell.text)\"",
                key: index == 0 ? value.value : "\(value.value)#\(index + 1)")
        }
    }
}
