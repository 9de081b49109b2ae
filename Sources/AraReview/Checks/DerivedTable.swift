import AraCore

/// Derived evidence tables (`derived_*`, `subset_*`) and the table each copies from.
enum DerivedTable {
    static func isDerivedName(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasPrefix("derived_") || name.hasPrefix("subset_")
    }

    /// Named as derived, or saying so in its metadata.
    static func isDerived(_ file: EvidenceFile) -> Bool {
        isDerivedName(file.path) || file.metadata(.derivedFrom) != nil
            || (file.metadata(.extractionType)?.text.lowercased().contains("derived") ?? false)
    }

    /// `table 3` / `figure 4`: from the file name, else the heading, else Source.
    static func objectName(of file: EvidenceFile) -> String? {
        if let name = FileObject.name(file.path) { return name }
        for text in [file.heading, file.metadata(.source)?.text].compactMap({ $0 }) {
            if let found = EvidenceChain.objectMentions(in: text).first { return found }
        }
        return nil
    }

    /// The object the Source field names (`Table 3, §4.1` → `table 3`).
    static func sourceObject(of file: EvidenceFile) -> String? {
        file.metadata(.source).flatMap { EvidenceChain.objectMentions(in: $0.text).first }
    }

    /// Headers of columns whose values are computed from other cells: a
    /// computing word standing whole (`Ratio`, `Gain (%)`, `A vs B`; not
    /// `Iterations` or `Difficulty`), or a computing sign anywhere (`ΔAcc`).
    static func isComputedColumn(_ header: String) -> Bool {
        if header.contains(where: { "Δ÷×".contains($0) }) { return true }
        return WordSplit.words(header).contains { computingWords.contains($0) }
    }

    static let computingWords: Set<String> = [
        "delta", "deltas", "diff", "diffs", "difference", "differences", "gap", "gaps", "ratio", "ratios", "change",
        "changes", "improvement", "improvements", "gain", "gains", "reduction", "reductions", "speedup", "speedups",
        "vs",
    ]

    /// The evidence files `Derived from` names: paths, links, or `Table N`.
    static func sources(of file: EvidenceFile, context: ReviewContext, objects: [String: [String]]) -> [String]? {
        guard let field = file.metadata(.derivedFrom) else { return nil }
        var found: [String] = []
        for reference in PathReference.scan([.field(field)]) {
            if let path = context.resolve(reference, from: file.path) { found.append(path) }
        }
        for word in field.value.split(whereSeparator: { $0.isWhitespaceFast || "[](),;`".contains($0) }) {
            let token = word.trimming(".:")
            guard token.hasSuffix(".md"), let path = context.resolve(token, kind: .link, from: file.path),
                !found.contains(path)
            else { continue }
            found.append(path)
        }
        if found.isEmpty {
            for name in EvidenceChain.objectMentions(in: field.value) { found += objects[name] ?? [] }
        }
        return found
    }
}
