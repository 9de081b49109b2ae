import AraCore

/// The evidence files a claim reaches, and the steps taken to reach them
/// (SPEC.md §9.5): Proof → experiments → their Evidence paths; evidence paths
/// named in Proof itself; `Table N` / `Figure N` named in the claim's numbers
/// text; and `evidence/README.md` rows that name the claim.
struct EvidenceChain {
    /// Human-readable steps, in order, for messages.
    var steps: [String] = []
    /// Evidence files reached, in order, without repeats.
    var files: [String] = []

    mutating func add(_ path: String) {
        if !files.contains(path) { files.append(path) }
    }

    static func walk(_ claim: Claim, text: String, context: ReviewContext, objects: [String: [String]]) -> EvidenceChain
    {
        var chain = EvidenceChain()
        if let proof = claim.field(.proof) {
            let direct = paths(in: proof, context: context)
            for path in direct { chain.add(path) }
            if !direct.isEmpty { chain.steps.append("Proof names \(direct.joined(separator: ", "))") }
        }
        for id in claim.proof {
            guard let experiment = context.experiment(id) else {
                chain.steps.append("\(id) does not exist")
                continue
            }
            guard let field = experiment.field(.evidence) else {
                chain.steps.append("\(experiment.id) has no Evidence field")
                continue
            }
            let reached = paths(in: field, context: context)
            for path in reached { chain.add(path) }
            chain.steps.append(
                "\(experiment.id) Evidence → "
                    + (reached.isEmpty ? "no evidence file" : reached.joined(separator: ", ")))
        }
        for name in objectMentions(in: text) {
            let reached = objects[name] ?? []
            for path in reached { chain.add(path) }
            chain.steps.append("\(name) → " + (reached.isEmpty ? "no evidence file" : reached.joined(separator: ", ")))
        }
        let indexed = context.evidenceIndexRows[BlockID.key(of: claim.id)] ?? []
        for path in indexed { chain.add(path) }
        if !indexed.isEmpty { chain.steps.append("evidence/README.md lists \(indexed.joined(separator: ", "))") }
        return chain
    }

    /// Existing evidence paths a field names.
    static func paths(in field: MarkdownField, context: ReviewContext) -> [String] {
        var found: [String] = []
        for reference in FieldPaths.references(in: field, barePrefix: "evidence/") {
            if let resolved = context.resolve(reference, from: field.location.path), resolved.hasPrefix("evidence/"),
                !found.contains(resolved)
            {
                found.append(resolved)
            }
        }
        return found
    }

    /// `Table 2`, `Fig. 4`, `Figure 6` → `table 2`, `figure 4`, `figure 6`.
    static func objectMentions(in text: String) -> [String] {
        var found: [String] = []
        let words = text.split(whereSeparator: { $0.isWhitespace || "(),;".contains($0) })
        for (index, word) in words.enumerated() where index + 1 < words.count {
            let kind: String
            switch word.lowercased() {
            case "table", "tables", "tab.": kind = "table"
            case "figure", "figures", "fig.", "fig", "figs.": kind = "figure"
            default: continue
            }
            let number = words[index + 1].prefix(while: { $0.isNumber })
            guard !number.isEmpty, let value = Int(number) else { continue }
            let name = "\(kind) \(value)"
            if !found.contains(name) { found.append(name) }
        }
        return found
    }

    /// Evidence files by the numbered object they hold (`table 3`), from the
    /// file name (`table3_…`), the heading (`Table 3: …`) or the Source field.
    static func objectIndex(_ context: ReviewContext) -> [String: [String]] {
        var index: [String: [String]] = [:]
        for file in context.bundle.evidenceFiles where !DerivedTable.isDerived(file) {
            guard let name = DerivedTable.objectName(of: file) else { continue }
            index[name, default: []].append(file.path)
        }
        return index
    }

    /// Files linked from `evidence/README.md` table rows or list lines, by
    /// the key of each claim the line names.
    static func indexRows(_ context: ReviewContext) -> [String: [String]] {
        guard let lines = context.lines(BundlePaths.evidenceIndex) else { return [:] }
        var found: [String: [String]] = [:]
        for line in lines {
            let claims = BlockID.mentions(in: line, prefixes: ["C"])
            guard !claims.isEmpty else { continue }
            let targets = PathReference.links(in: Substring(line)).compactMap { target, _ in
                context.resolve(target, kind: .link, from: BundlePaths.evidenceIndex)
            }
            for key in Set(claims.map(BlockID.key(of:))) {
                for target in targets where !(found[key]?.contains(target) ?? false) {
                    found[key, default: []].append(target)
                }
            }
        }
        return found
    }
}
