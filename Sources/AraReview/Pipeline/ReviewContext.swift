import AraCore

/// What the rules of one review share: the model, the reader's diagnostics,
/// the bundle's file list, and lazily read file text.
///
/// One context serves one bundle; the rules ask it from several threads at
/// once, so what it works out is made when it is made, and the two caches
/// of file text and numbers are locked.
public final class ReviewContext: Sendable {
    public let bundle: AraBundle
    public let readDiagnostics: [Diagnostic]
    /// Every file path of the bundle.
    public let paths: Set<String>
    /// Every directory that holds at least one file, without a trailing slash.
    public let directories: Set<String>

    public let claims: [Claim]
    public let experiments: [Experiment]
    /// Every tree node, depth first, in document order.
    public let nodes: [TreeNode]
    /// The pivot spelling the bundle's arakit.toml chose, if any (DR004).
    public let pivotKeys: ReviewConfiguration.PivotKeys?

    private let fileSystem: BundleFileSystem
    private let overrides: [String: String]
    /// Each file's lines, behind a lock of its own: rules that want the same
    /// file at once wait for one split (the tree's is asked for by four).
    private let lineSlots = LockedBox<[String: LockedBox<[String]??>]>([:])
    private let gridCache = LockedBox<[String: NumberGrid]>([:])

    init(
        result: ReadResult, fileSystem: BundleFileSystem, overrides: [String: String] = [:],
        pivotKeys: ReviewConfiguration.PivotKeys? = nil
    ) {
        self.pivotKeys = pivotKeys
        self.bundle = result.bundle
        self.readDiagnostics = result.diagnostics
        self.fileSystem = fileSystem
        self.overrides = overrides
        let allPaths = result.paths
        self.paths = Set(allPaths)
        self.directories = Self.directories(of: allPaths)
        self.claims = result.bundle.claims
        self.experiments = result.bundle.experiments
        self.nodes = result.bundle.tree?.allNodes ?? []
        self.claimsByKey = Self.firstByKey(claims, id: \.id)
        self.experimentsByKey = Self.firstByKey(experiments, id: \.id)
        self.sourceEntries = claims.flatMap { claim in
            (claim.field(.sources).map(SourceEntry.parse(field:)) ?? []).map { (claim, $0) }
        }
        var nodesByID: [String: TreeNode] = [:]
        for node in nodes { if let id = node.id, nodesByID[id] == nil { nodesByID[id] = node } }
        self.nodesByID = nodesByID
        self.evidenceObjects = EvidenceChain.objectIndex(result.bundle)
    }

    /// Every directory that holds one of `paths`, the root (`""`) included.
    static func directories(of paths: [String]) -> Set<String> {
        var directories: Set<String> = [""]
        for path in paths {
            // A path's folders are its prefixes before each `/`, when no
            // component is empty and only ASCII touches a `/` (which then is
            // a `Character` of its own); the folders of a sibling already
            // seen end the walk early.
            let bytes = Array(path.utf8)
            let slashes = bytes.indices.filter { bytes[$0] == 0x2F }
            let plain =
                !slashes.contains { $0 == 0 || $0 == bytes.count - 1 || bytes[$0 - 1] >= 0x80 || bytes[$0 + 1] >= 0x80 }
                && !slashes.contains { slashes.contains($0 + 1) }
            guard plain else {
                var parts = path.split(separator: "/").dropLast()
                while !parts.isEmpty {
                    directories.insert(parts.joined(separator: "/"))
                    parts = parts.dropLast()
                }
                continue
            }
            for slash in slashes.reversed() {
                guard directories.insert(String(decoding: bytes[..<slash], as: UTF8.self)).inserted else { break }
            }
        }
        return directories
    }

    /// A context for questions asked outside a review (`arakit read`):
    /// no overrides, the default pivot spelling.
    public convenience init(result: ReadResult, fileSystem: BundleFileSystem) {
        self.init(result: result, fileSystem: fileSystem, overrides: [:], pivotKeys: nil)
    }

    /// The first claim and experiment of each id, keyed by ``BlockID/key(of:)``:
    /// rules look ids up here, since a scan per reference is quadratic in a
    /// long chain of Dependencies or Proofs.
    public let claimsByKey: [String: Claim]
    public let experimentsByKey: [String: Experiment]

    /// The claim an id names, up to zero padding.
    public func claim(_ id: String) -> Claim? { claimsByKey[BlockID.key(of: id)] }
    /// The experiment an id names, up to zero padding.
    public func experiment(_ id: String) -> Experiment? { experimentsByKey[BlockID.key(of: id)] }

    static func firstByKey<T>(_ items: [T], id: (T) -> String) -> [String: T] {
        var result: [String: T] = [:]
        for item in items where result[BlockID.key(of: id(item))] == nil { result[BlockID.key(of: id(item))] = item }
        return result
    }

    /// Every claim's `Sources` entries, parsed once for the SR rules.
    let sourceEntries: [(claim: Claim, entry: SourceEntry)]
    /// Evidence files by the numbered object they hold, built once for the chain and derived-table rules.
    let evidenceObjects: [String: [String]]
    public let nodesByID: [String: TreeNode]

    /// The numbers of an evidence file's tables, indexed once per review;
    /// `nil` when the file holds no table.
    func numberGrid(_ path: String) -> NumberGrid? {
        guard let tables = bundle.evidenceTables[path], !tables.isEmpty else { return nil }
        if let cached = gridCache.withLock({ $0[path] }) { return cached }
        let grid = NumberGrid(path: path, tables: tables)
        gridCache.withLock { $0[path] = grid }
        return grid
    }

    /// Evidence files that `evidence/README.md` rows naming a claim link to,
    /// by claim key (``BlockID/key(of:)``), read once per review.
    var evidenceIndexRows: [String: [String]] { indexRows.value { EvidenceChain.indexRows(self) } }
    private let indexRows = LockedBox<[String: [String]]?>(nil)

    /// The claims whose evidence chain reaches each file (``claims(reaching:)``),
    /// worked out on first use: review itself never asks.
    var claimsReachingFile: [String: [String]] { reachingFiles.value { Self.claimsReaching(self) } }
    private let reachingFiles = LockedBox<[String: [String]]?>(nil)

    /// Whether a bundle-relative path is a directory on disk (empty or not).
    public func isDirectory(_ path: String) -> Bool { fileSystem.isDirectory(path) }

    /// Whether a bundle-relative path names a file or a directory of the bundle.
    /// A path that would leave the root never exists.
    public func exists(_ path: String) -> Bool {
        guard let normalized = BundleFileSystem.normalize(path) else { return false }
        return paths.contains(normalized) || directories.contains(normalized)
    }

    /// The lines of a file of the bundle (any file, not only structured ones),
    /// or `nil` when it is missing, unreadable or outside the root.
    public func lines(_ path: String) -> [String]? {
        let slot = lineSlots.withLock { slots in
            if let slot = slots[path] { return slot }
            let slot = LockedBox<[String]??>(nil)
            slots[path] = slot
            return slot
        }
        return slot.withLock { lines in
            if let known = lines { return known }
            let text: String? = overrides[path] ?? fileSystem.readText(path).file?.text
            // Split on bytes: splitting on Characters walks grapheme clusters and is far slower.
            let split = text.map { $0.linesAtLineFeeds() }
            lines = .some(split)
            return split
        }
    }
}

extension ReviewContext {
    /// The existing bundle path a reference names, or `nil`.
    ///
    /// Links are tried relative to the file that holds them first (Markdown's
    /// rule), then relative to the root; code spans the other way round. Real
    /// bundles write both, and neither reading can leave the root.
    public func resolve(_ path: String, kind: PathReference.Kind, from file: String) -> String? {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        let folder = file.split(separator: "/").dropLast().joined(separator: "/")
        let relative = folder.isEmpty ? trimmed : folder + "/" + trimmed
        let order = kind == .link ? [relative, trimmed] : [trimmed, relative]
        for candidate in order {
            if let normalized = BundleFileSystem.normalize(candidate), exists(normalized) { return normalized }
        }
        return nil
    }

    /// The bundle path a reference means when read the way its kind says
    /// (links relative to their file), whether or not it exists.
    public func bundlePath(of reference: PathReference, from file: String) -> String {
        let trimmed = reference.path.hasSuffix("/") ? String(reference.path.dropLast()) : reference.path
        guard reference.kind == .link else { return trimmed }
        let folder = file.split(separator: "/").dropLast().joined(separator: "/")
        return BundleFileSystem.normalize(folder.isEmpty ? trimmed : folder + "/" + trimmed) ?? trimmed
    }

    /// Whether a reference names something outside the bundle: an absolute
    /// path, or one that climbs above the root however it is read (from its
    /// file or from the root). XL011 reports these; other rules leave them to it.
    public func leavesBundle(_ reference: PathReference) -> Bool {
        if reference.isAbsolute { return true }
        let file = reference.location.path
        let folder = file.split(separator: "/").dropLast().joined(separator: "/")
        let fromFile = folder.isEmpty ? reference.path : folder + "/" + reference.path
        return BundleFileSystem.normalize(reference.path) == nil && BundleFileSystem.normalize(fromFile) == nil
    }

    public func resolve(_ reference: PathReference, from file: String) -> String? {
        resolve(reference.path, kind: reference.kind, from: file)
    }
}
