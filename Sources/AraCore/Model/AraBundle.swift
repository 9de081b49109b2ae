/// Everything AraKit knows of one bundle.
///
/// The stored properties are the faithful layer (every structured file as it
/// was read, normalised to canonical names); the typed objects (`claims`,
/// `experiments` …) are computed views over them, so editing the model and
/// writing it back can never drift out of step with what the views say.
public struct AraBundle: Hashable, Sendable {
    /// Structured Markdown files by bundle-relative path.
    public var documents: [String: MarkdownDocument]
    /// GFM tables of evidence files, by path (derived from their text).
    public var evidenceTables: [String: [GFMTable]]
    public var tree: ExplorationTree?
    /// Every YAML file under `trace/` and `staging/` except the tree, by path.
    public var yamlFiles: [String: YAMLFile]
    /// Every other file (code, images, data), by path. The writer leaves them alone.
    public var assets: [String]

    public init(
        documents: [String: MarkdownDocument] = [:], evidenceTables: [String: [GFMTable]] = [:],
        tree: ExplorationTree? = nil, yamlFiles: [String: YAMLFile] = [:], assets: [String] = []
    ) {
        self.documents = documents
        self.evidenceTables = evidenceTables
        self.tree = tree
        self.yamlFiles = yamlFiles
        self.assets = assets
    }

    // MARK: Views

    public var manifest: Manifest? { documents[BundlePaths.manifest].map(Manifest.init) }

    public var claims: [Claim] {
        documents[BundlePaths.claims]?.sections(withIDPrefix: "C").map(Claim.init) ?? []
    }

    public var experiments: [Experiment] {
        documents[BundlePaths.experiments]?.sections(withIDPrefix: "E").map(Experiment.init) ?? []
    }

    public var heuristics: [Heuristic] {
        documents[BundlePaths.heuristics]?.sections(withIDPrefix: "H").map(Heuristic.init) ?? []
    }

    public var relatedWork: [RelatedWork] {
        guard let document = documents[BundlePaths.relatedWork] else { return [] }
        return document.sections.indices.compactMap { index in
            let section = document.sections[index]
            guard section.level >= 2 else { return nil }
            let hasID = section.heading.id.map { BlockID.prefix(of: $0) == "RW" } ?? false
            let isEntry = hasID || (!document.hasSubsections(index) && !section.fields.isEmpty)
            return isEntry ? RelatedWork(section: section) : nil
        }
    }

    public var concepts: [Concept] {
        guard let document = documents[BundlePaths.concepts] else { return [] }
        var result: [Concept] = []
        for index in document.sections.indices
        where document.sections[index].level >= 2 && !document.hasSubsections(index) {
            let section = document.sections[index]
            if !section.fields.isEmpty {
                let definition = section.field(ConceptField.definition)?.text ?? section.fields[0].text
                result.append(
                    Concept(term: section.heading.canonicalText, definition: definition, location: section.location))
            } else {
                result += section.texts.flatMap(Self.termItems)
            }
        }
        return result
    }

    /// `- **Term** — definition` items at the top level of a text block.
    static func termItems(_ text: MarkdownText) -> [Concept] {
        text.text.splitLines().enumerated().compactMap { offset, line in
            guard line.hasPrefix("- **") || line.hasPrefix("* **") else { return nil }
            let afterMarker = line.dropFirst(4)
            guard let close = afterMarker.rangeOfASCII("**") else { return nil }
            let term = String(afterMarker[..<close.lowerBound])
            let rest = afterMarker[close.upperBound...].drop(while: { " —–-:".contains($0) })
            let location = text.origin.location
            return Concept(
                term: term, definition: rest.trimmingWhitespace(),
                location: SourceLocation(path: location.path, line: location.line + offset, column: 1))
        }
    }

    public var problemItems: [ProblemItem] {
        documents[BundlePaths.problem]?.sections.filter { $0.heading.id != nil }.map(ProblemItem.init) ?? []
    }

    public var configParameters: [ConfigParameter] {
        documents.sorted(by: { $0.key < $1.key }).filter { $0.key.hasPrefix(BundlePaths.configsDirectory) }.flatMap {
            path, document in
            document.sections.filter { $0.level >= 2 && !$0.fields.isEmpty }.map {
                ConfigParameter(path: path, section: $0)
            }
        }
    }

    public var evidenceFiles: [EvidenceFile] {
        documents.sorted(by: { $0.key < $1.key }).filter {
            $0.key.hasPrefix("evidence/") && $0.key != BundlePaths.evidenceIndex
        }.map { EvidenceFile(document: $0.value, tables: evidenceTables[$0.key] ?? []) }
    }

    public var evidenceIndex: EvidenceIndex? { documents[BundlePaths.evidenceIndex].map(EvidenceIndex.init) }

    public var observations: [Observation] {
        yamlFiles[BundlePaths.observations]?.root?["observations"]?.sequence?.map(Observation.init) ?? []
    }

    public var sessions: [SessionRecord] {
        yamlFiles.sorted(by: { $0.key < $1.key }).filter {
            $0.key.hasPrefix(BundlePaths.sessionsDirectory) && $0.key != BundlePaths.sessionIndex
        }.map { SessionRecord(file: $0.value) }
    }

    public var sessionIndex: [SessionIndexEntry] {
        yamlFiles[BundlePaths.sessionIndex]?.root?["sessions"]?.sequence?.map(SessionIndexEntry.init) ?? []
    }

    /// Every file path of the bundle, structured or not.
    public var allPaths: [String] {
        var paths = Set(documents.keys).union(yamlFiles.keys).union(assets)
        if tree != nil { paths.insert(BundlePaths.tree) }
        return paths.sorted()
    }

    /// The four layers and `staging/` that hold at least one file.
    public var layersPresent: [String] {
        let paths = allPaths
        return BundlePaths.layers.filter { layer in paths.contains { $0.hasPrefix(layer + "/") } }
    }
}
