import AraCore
import Foundation

/// Finds the block a target names: an id (`C03`, `E2`, `RW04`), `Figure N` /
/// `Table N`, or an evidence file's bundle-relative path.
enum TargetResolver {
    /// The files whose id-keyed blocks completion writes, and the kind of each.
    static let blockFiles: [(path: String, prefix: String, kind: CompletionTarget.Kind)] = [
        (BundlePaths.claims, "C", .claim), (BundlePaths.experiments, "E", .experiment),
        (BundlePaths.heuristics, "H", .heuristic), (BundlePaths.relatedWork, "RW", .relatedWork),
    ]

    /// Resolves the target, saying why when the reader could not read the
    /// file that would hold it (a link out of the bundle, say).
    static func resolve(_ text: String, in read: ReadResult) throws(CompletionError) -> CompletionTarget {
        do {
            return try resolve(text, in: read.bundle)
        } catch .targetNotFound(let name) {
            let prefix = BlockID.prefix(of: name)
            let file = blockFiles.first { $0.prefix == prefix && !prefix.isEmpty }?.path ?? name
            guard let problem = read.diagnostics.first(where: { $0.location.path == file && $0.severity == .error })
            else { throw .targetNotFound(name) }
            throw .bundle("no object '\(name)': \(file) cannot be read (\(problem.message))")
        }
    }

    static func resolve(_ text: String, in bundle: AraBundle) throws(CompletionError) -> CompletionTarget {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let object = numberedObject(trimmed) { return try resolveObject(object, original: trimmed, in: bundle) }
        if trimmed.contains("/") || trimmed.hasSuffix(".md") { return try resolvePath(trimmed, in: bundle) }
        for file in blockFiles where BlockID.prefix(of: trimmed) == file.prefix {
            guard let document = bundle.documents[file.path] else { break }
            let exact = document.sections.firstIndex { $0.heading.id == trimmed }
            let padded = document.sections.firstIndex { $0.heading.id.map { BlockID.sameObject($0, trimmed) } ?? false }
            if let index = exact ?? padded, let id = document.sections[index].heading.id {
                return CompletionTarget(name: id, kind: file.kind, path: file.path, section: index)
            }
        }
        throw .targetNotFound(trimmed)
    }

    /// The target a section of a document is, when completion writes it.
    static func target(at index: Int, of document: MarkdownDocument) throws(CompletionError) -> CompletionTarget {
        if let file = blockFiles.first(where: { $0.path == document.path }) {
            guard let id = document.sections[index].heading.id, BlockID.prefix(of: id) == file.prefix else {
                throw .targetNotFound(document.path)
            }
            return CompletionTarget(name: id, kind: file.kind, path: file.path, section: index)
        }
        guard document.path.hasPrefix("evidence/"), document.path != BundlePaths.evidenceIndex else {
            throw .targetNotFound(document.path)
        }
        let kind: CompletionTarget.Kind =
            EvidenceFile(document: document, tables: []).kind == .figure ? .figure : .evidence
        return CompletionTarget(name: document.path, kind: kind, path: document.path, section: index)
    }

    /// `Figure 2`, `Fig. 2`, `table 3` → ("figure", 2).
    static func numberedObject(_ text: String) -> (word: String, number: Int)? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "." })
        guard words.count == 2, let number = Int(words[1]) else { return nil }
        switch words[0] {
        case "figure", "fig": return ("figure", number)
        case "table", "tab": return ("table", number)
        default: return nil
        }
    }

    static func resolveObject(
        _ object: (word: String, number: Int), original: String, in bundle: AraBundle
    ) throws(CompletionError) -> CompletionTarget {
        let stem = "\(object.word)\(object.number)"
        let heading = "\(object.word) \(object.number)"
        let files = bundle.evidenceFiles.filter { file in
            let name = (file.path as NSString).lastPathComponent.lowercased()
            let title = file.heading?.lowercased() ?? ""
            return name.hasPrefix(stem + "_") || name == stem + ".md" || title.hasPrefix(heading + ":")
                || title == heading
        }
        guard let file = files.first else { throw .targetNotFound(original) }
        guard files.count == 1 else { throw .ambiguousTarget(original, candidates: files.map(\.path).sorted()) }
        return try resolvePath(file.path, in: bundle)
    }

    static func resolvePath(_ text: String, in bundle: AraBundle) throws(CompletionError) -> CompletionTarget {
        guard let path = BundleFileSystem.normalize(text), !path.isEmpty else { throw .outsideBundle(text) }
        guard let document = bundle.documents[path], path.hasPrefix("evidence/"),
            path != BundlePaths.evidenceIndex
        else {
            throw .targetNotFound(text)
        }
        // Evidence metadata lives under the file's first heading (`# Figure 1: …`).
        let section = document.sections.firstIndex { !$0.fields.isEmpty } ?? 0
        guard section < document.sections.count else {
            throw .invalidInput("\(path) has no heading to write fields under")
        }
        return try target(at: section, of: document)
    }
}
