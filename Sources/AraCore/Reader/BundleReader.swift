import Foundation

/// The model of a bundle and what the reader had to say about it.
public struct ReadResult: Sendable {
    public var bundle: AraBundle
    /// Every file listed, parsed or not (a file that does not parse is still there).
    public var paths: [String] = []
    /// Sorted by path, line and column.
    public var diagnostics: [Diagnostic]
}

/// Reads a bundle directory into an ``AraBundle``.
///
/// Tolerant: it accepts every dialect SPEC.md lists, keeps what it does not
/// understand, and reports problems as diagnostics. Only a missing or
/// unreadable bundle root throws.
public struct BundleReader: Sendable {
    public var limits: ReadLimits

    public init(limits: ReadLimits = .default) {
        self.limits = limits
    }

    /// Reads the bundle at `root`. `overrides` replaces the text of some files
    /// (bundle-relative path → text): a fix is checked by reading its result
    /// before anything is written. `parsing`, when given, names the files to
    /// parse; the others are listed in `paths` but not read (a reader that
    /// needs one object need not parse the whole bundle).
    public func read(
        at root: URL, overrides: [String: String] = [:], parsing: (@Sendable (String) -> Bool)? = nil
    ) throws(AraError) -> ReadResult {
        let fileSystem = try BundleFileSystem(root: root, limits: limits)
        let listing = fileSystem.listFiles()
        var bundle = AraBundle()
        var diagnostics = listing.diagnostics
        // A directory where the layout has a file is listed as nothing at all;
        // say so, or `info` reports a clean bundle with a layer missing.
        for path in BundlePaths.core where fileSystem.isDirectory(path) {
            diagnostics.append(
                Diagnostic(
                    .unreadableFile, at: SourceLocation(path: path, line: 1, column: 1),
                    "\(path) is a directory, not a file; the layout needs a file here (move its contents elsewhere)"))
        }

        let admitted = ReadBudget(limits: limits).admit(listing.paths, in: fileSystem, overrides: overrides)
        diagnostics += admitted.diagnostics
        // The largest files first (the tree, long claims): see ParallelMap.
        let size = { (path: String) in admitted.sizes[path] ?? 0 }
        let parsed = ParallelMap.map(listing.paths, longestFirst: size) { path in
            admitted.refused.contains(path) || parsing?(path) == false
                ? Outcome(content: .unreadable, diagnostics: [])
                : parse(path, in: fileSystem, override: overrides[path])
        }
        for (path, outcome) in zip(listing.paths, parsed) {
            diagnostics += outcome.diagnostics
            switch outcome.content {
            case .markdown(let document, let tables):
                bundle.documents[path] = document
                if path.hasPrefix("evidence/") { bundle.evidenceTables[path] = tables }
            case .tree(let tree):
                bundle.tree = tree
            case .yaml(let file):
                bundle.yamlFiles[path] = file
            case .asset:
                bundle.assets.append(path)
            case .unreadable:
                break
            }
        }
        diagnostics.sort {
            ($0.location.path, $0.location.line, $0.location.column) < (
                $1.location.path, $1.location.line, $1.location.column
            )
        }
        return ReadResult(bundle: bundle, paths: listing.paths, diagnostics: diagnostics)
    }

    enum Content: Sendable {
        case markdown(MarkdownDocument, [GFMTable])
        case tree(ExplorationTree)
        case yaml(YAMLFile)
        case asset
        case unreadable
    }

    struct Outcome: Sendable {
        var content: Content
        var diagnostics: [Diagnostic]
    }

    func parse(_ path: String, in fileSystem: BundleFileSystem, override: String? = nil) -> Outcome {
        let isMarkdown = BundlePaths.isFormatMarkdown(path)
        let isYAML = BundlePaths.isFormatYAML(path)
        guard isMarkdown || isYAML else { return Outcome(content: .asset, diagnostics: []) }
        let (file, readDiagnostics) =
            override.map { (TextFile(path: path, text: $0), [Diagnostic]()) } ?? fileSystem.readText(path)
        guard let file else { return Outcome(content: .unreadable, diagnostics: readDiagnostics) }
        var diagnostics = readDiagnostics + file.diagnostics
        if isMarkdown, let refusal = ReadBudget(limits: limits).markdownRefusal(file) {
            return Outcome(content: .unreadable, diagnostics: diagnostics + [refusal])
        }
        if isMarkdown {
            let (vocabulary, prefixes) = Vocabularies.forFile(path)
            let reader = MarkdownReader(vocabulary: vocabulary, expectedIDPrefixes: prefixes, limits: limits)
            let result = reader.read(file)
            diagnostics += result.diagnostics
            if path == BundlePaths.manifest, result.document.frontMatter == nil, !file.text.hasPrefix("---") {
                diagnostics.append(
                    Diagnostic(
                        .frontMatter, at: SourceLocation(path: path, line: 1, column: 1),
                        "PAPER.md has no YAML front matter; start it with '---', the keys title/authors/year, and '---'"
                    ))
            }
            let tables = path.hasPrefix("evidence/") ? result.tables : []
            return Outcome(content: .markdown(result.document, tables), diagnostics: diagnostics)
        }
        if path == BundlePaths.tree {
            let result = TreeReader.read(file, limits: limits)
            diagnostics += result.diagnostics
            return Outcome(content: result.tree.map(Content.tree) ?? .unreadable, diagnostics: diagnostics)
        }
        let result = YAMLReader(limits: limits).read(file.text, path: path)
        diagnostics += result.diagnostics
        if let root = result.node {
            diagnostics += Self.checkKeys(root, path: path)
        }
        let yaml = YAMLFile(path: path, headerComment: TreeReader.headerComment(file.text), root: result.node)
        return Outcome(content: .yaml(yaml), diagnostics: diagnostics)
    }

    /// Reports keys outside the record's schema (R009), once per key and file.
    static func checkKeys(_ root: YAMLNode, path: String) -> [Diagnostic] {
        func unknown(
            _ node: YAMLNode, known: Set<String>, what: String, into diagnostics: inout [Diagnostic],
            seen: inout Set<String>
        ) {
            for entry in node.mapping ?? [] where !known.contains(entry.key) && seen.insert(entry.key).inserted {
                diagnostics.append(
                    Diagnostic(
                        .unknownKey, at: entry.value.location,
                        "key '\(entry.key)' is not defined for \(what); kept as an extra field"))
            }
        }
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        if path == BundlePaths.observations {
            unknown(root, known: YAMLSchemas.observations, what: "the staging file", into: &diagnostics, seen: &seen)
            for item in root["observations"]?.sequence ?? [] {
                unknown(item, known: YAMLSchemas.observation, what: "an observation", into: &diagnostics, seen: &seen)
            }
        } else if path == BundlePaths.sessionIndex {
            unknown(root, known: YAMLSchemas.sessionIndex, what: "the session index", into: &diagnostics, seen: &seen)
        } else if path.hasPrefix(BundlePaths.sessionsDirectory) {
            unknown(root, known: YAMLSchemas.session, what: "a session record", into: &diagnostics, seen: &seen)
        }
        return diagnostics
    }
}
