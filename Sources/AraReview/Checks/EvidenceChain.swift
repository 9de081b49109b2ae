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

    /// `Table 2`, `Fig. 4`, `Fig.4`, `Figure 6` → `table 2`, `figure 4`,
    /// `figure 6`. A plural names a list or a range: `Tables 1 and 2`,
    /// `Figs. 3–5`, `Tables 1, 2 & 4`.
    static func objectMentions(in text: String) -> [String] {
        var found: [String] = []
        let words = text.split(whereSeparator: { $0.isWhitespaceFast || "(),;".contains($0) }).map { $0.lowercased() }
        for (index, word) in words.enumerated() {
            guard let (kind, plural, glued) = ObjectWord.read(word) else { continue }
            let following = (glued.map { [$0] } ?? []) + words[(index + 1)...].prefix(12)
            for number in ObjectWord.numbers(in: following, list: plural) {
                let name = "\(kind) \(number)"
                if !found.contains(name) { found.append(name) }
            }
        }
        return found
    }

    /// Evidence files by the numbered object they hold (`table 3`), from the
    /// file name (`table3_…`), the heading (`Table 3: …`) or the Source field.
    static func objectIndex(_ bundle: AraBundle) -> [String: [String]] {
        var index: [String: [String]] = [:]
        for file in bundle.evidenceFiles where !DerivedTable.isDerived(file) {
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

/// The words that name a numbered table or figure, and the numbers after them.
enum ObjectWord {
    static let kinds: [(word: String, kind: String, plural: Bool)] = [
        ("table", "table", false), ("tables", "table", true), ("tab.", "table", false),
        ("figure", "figure", false), ("figures", "figure", true), ("fig.", "figure", false), ("fig", "figure", false),
        ("figs.", "figure", true),
    ]

    /// The kind a word names, whether it is plural, and a number glued to an
    /// abbreviation (`fig.4` → `4`).
    static func read(_ word: String) -> (kind: String, plural: Bool, glued: String?)? {
        if let match = kinds.first(where: { $0.word == word }) { return (match.kind, match.plural, nil) }
        for match in kinds where match.word.hasSuffix(".") && word.hasPrefix(match.word) {
            let rest = String(word.dropFirst(match.word.count))
            if rest.first?.isNumber ?? false { return (match.kind, match.plural, rest) }
        }
        return nil
    }

    /// The first number of `words`; for a plural, the list or range that
    /// goes on after it (`1`, `2`, `and`, `4`; `3–5`), at most 20 numbers.
    static func numbers(in words: some Collection<String>, list: Bool) -> [Int] {
        var numbers: [Int] = []
        for word in words {
            if let range = range(word) {
                numbers += range
                // A singular names one number; a list stops at 20.
                if !list || numbers.count >= 20 { break }
            } else if !list || numbers.isEmpty || !["and", "&", "or"].contains(word) {
                break
            }
        }
        return Array(numbers.prefix(list ? 20 : 1))
    }

    /// `4`, `4:`, `4a` → [4]; `3–5`, `3-5` → [3, 4, 5] (ranges of at most 20).
    private static func range(_ word: String) -> [Int]? {
        let parts = word.split(whereSeparator: { $0 == "–" || $0 == "-" }).map(String.init)
        let values = parts.map { Int($0.prefix(while: \.isNumber)) }
        guard let first = values.first.flatMap({ $0 }), word.first?.isNumber ?? false else { return nil }
        guard parts.count == 2, let last = values[1], last > first, last - first < 20 else { return [first] }
        return Array(first...last)
    }
}
