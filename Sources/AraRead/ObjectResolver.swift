import AraCore

/// Turns a target string into the object it names (SPEC.md §12): nothing
/// (level 1), a layer, `Table N` / `Figure N`, a path inside the bundle, or
/// an id of any kind.
struct ObjectResolver {
    let index: ObjectIndex

    func resolve(_ target: String) throws(ReadError) -> ReadObject {
        let trimmed = target.trimmingWhitespace()
        if trimmed.isEmpty { return .overview(Overview.build(index)) }
        if BundlePaths.layers.contains(trimmed.lowercased()) { return listing(trimmed.lowercased()) }
        if Self.isObjectName(trimmed) {
            guard let path = index.context.evidenceFiles(holding: trimmed).first,
                let file = evidenceFile(path)
            else {
                throw .notFound(
                    target: target, hint: "no evidence file holds it (list them with `arakit read BUNDLE evidence`)")
            }
            return .evidence(EvidenceView(file, in: index))
        }
        // A path that exists wins; then ids and terms; then a path-like target is refused as a path.
        if let found = try? resolvePath(trimmed) { return found }
        if let found = try? resolveID(trimmed) { return found }
        if let concept = index.bundle.concepts.first(where: { $0.term.lowercased() == trimmed.lowercased() }) {
            return .block(Self.block(concept))
        }
        if let block = blockTitled(trimmed) { return .block(block) }
        if trimmed.contains("/") || trimmed.hasPrefix(".") { return try resolvePath(trimmed) }
        throw .notFound(
            target: target,
            hint: "give a layer (logic, src, trace, evidence), a path, `Table N`, `Figure N` or an id such as "
                + "C03, E02, N17, H01, RW04, O12 or a session id (see `arakit read BUNDLE`)")
    }

    /// `Table 3`, `Fig. 4`, `figure 6`.
    static func isObjectName(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        guard words.count == 2, words[1].allSatisfy(\.isNumber) else { return false }
        return ["table", "tab.", "figure", "fig.", "fig"].contains(words[0])
    }

    func resolvePath(_ target: String) throws(ReadError) -> ReadObject {
        var path = target.hasPrefix("./") ? String(target.dropFirst(2)) : target
        if path.hasSuffix("/") { path.removeLast() }
        guard !path.hasPrefix("/"), let normalized = BundleFileSystem.normalize(path) else {
            throw .outside(target: target)
        }
        let paths = index.result.paths
        // The set, not the list: the site resolves every evidence file, and a scan each was quadratic.
        if index.context.paths.contains(normalized) {
            if let file = evidenceFile(normalized) { return .evidence(EvidenceView(file, in: index)) }
            let catalog = ObjectCatalog(index).objects(under: normalized, allPaths: paths)
            if catalog.objects.contains(where: { $0.kind != "file" }) {
                return .listing(ListingView(name: normalized, files: catalog.files, objects: catalog.objects))
            }
            return .file(FileReading.read(normalized, in: index.fileSystem))
        }
        if paths.contains(where: { $0.hasPrefix(normalized + "/") }) { return listing(normalized) }
        throw .notFound(target: target, hint: "no file or directory of the bundle has this path")
    }

    func listing(_ prefix: String) -> ReadObject {
        let catalog = ObjectCatalog(index).objects(under: prefix, allPaths: index.result.paths)
        return .listing(ListingView(name: prefix, files: catalog.files, objects: catalog.objects))
    }

    func evidenceFile(_ path: String) -> EvidenceFile? {
        guard path.hasPrefix("evidence/"), path != BundlePaths.evidenceIndex,
            let document = index.bundle.documents[path]
        else { return nil }
        return EvidenceFile(document: document, tables: index.bundle.evidenceTables[path] ?? [])
    }

    /// A heuristic, related-work entry or problem item without an id, by its heading.
    func blockTitled(_ title: String) -> BlockView? {
        let wanted = title.lowercased()
        let bundle = index.bundle
        if let work = bundle.relatedWork.first(where: { $0.section.heading.canonicalText.lowercased() == wanted }) {
            return BlockView(kind: "related_work", section: work.section, detail: work.type)
        }
        if let heuristic = bundle.heuristics.first(where: { $0.section.heading.canonicalText.lowercased() == wanted }) {
            return BlockView(kind: "heuristic", section: heuristic.section)
        }
        return bundle.problemItems.first { $0.section.heading.canonicalText.lowercased() == wanted }.map {
            BlockView(kind: "problem", section: $0.section)
        }
    }

    static func block(_ concept: Concept) -> BlockView {
        BlockView(
            ref: ObjectRef(kind: "concept", id: concept.term, title: concept.term, location: concept.location),
            fields: [FieldView(name: ConceptField.definition.label, text: concept.definition)], text: nil)
    }
}
