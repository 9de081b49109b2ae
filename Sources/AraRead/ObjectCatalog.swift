import AraCore

/// Every object of a bundle in reading order, each with the file it is in:
/// layers, directories and files are listed by filtering it.
struct ObjectCatalog {
    let objects: [ObjectRef]

    init(_ index: ObjectIndex) {
        let bundle = index.bundle
        var objects: [ObjectRef] = index.context.claims.map(index.ref)
        objects += index.context.experiments.map(index.ref)
        objects += bundle.heuristics.map { index.ref($0.section, kind: "heuristic") }
        objects += bundle.relatedWork.map { index.ref($0.section, kind: "related_work") }
        objects += bundle.problemItems.map { index.ref($0.section, kind: "problem") }
        objects += bundle.concepts.map {
            ObjectRef(kind: "concept", id: $0.term, title: $0.term, location: $0.location)
        }
        objects += index.context.nodes.map(index.ref)
        objects += bundle.sessions.map(index.ref)
        objects += bundle.observations.map(index.ref)
        objects += bundle.evidenceFiles.map(index.ref)
        self.objects = objects
    }

    /// Objects written in files under `prefix` (a layer, a directory, or one file).
    func objects(under prefix: String, allPaths: [String]) -> (files: [String], objects: [ObjectRef]) {
        let files = allPaths.filter { Self.isUnder($0, prefix) }
        let fileSet = Set(files)
        var listed = objects.filter { ref in ref.location.map { fileSet.contains(Self.path(of: $0)) } ?? false }
        let withObjects = Set(listed.compactMap { $0.location.map(Self.path(of:)) })
        // Files that hold no object are listed themselves, so nothing is hidden.
        listed += files.filter { !withObjects.contains($0) }.map { ObjectRef(kind: "file", id: $0, title: "") }
        return (files, listed)
    }

    static func isUnder(_ path: String, _ prefix: String) -> Bool {
        prefix.isEmpty || path == prefix || path.hasPrefix(prefix + "/")
    }

    /// `path:line` → `path`.
    static func path(of location: String) -> String {
        guard let colon = location.lastIndex(of: ":") else { return location }
        return String(location[..<colon])
    }

    /// `16 claims`, `7 experiments` …: counts by kind, in catalog order.
    static func counts(_ objects: [ObjectRef]) -> [String] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for ref in objects {
            if counts[ref.kind] == nil { order.append(ref.kind) }
            counts[ref.kind, default: 0] += 1
        }
        return order.compactMap { kind in counts[kind].map { "\($0) \(plural(kind, $0))" } }
    }

    static func plural(_ kind: String, _ count: Int) -> String {
        let word =
            switch kind {
            case "evidence": "evidence file"
            case "related_work": "related-work entry"
            case "problem": "problem item"
            default: kind
            }
        guard count != 1 else { return word }
        return word.hasSuffix("y") ? String(word.dropLast()) + "ies" : word + "s"
    }
}
