import AraCore
import AraReview
import Foundation

/// Guarded completion (SPEC.md §15): writes a field of a claim, an
/// experiment, a heuristic, a related-work entry or a figure, or adds a whole
/// claim or experiment, only when review of the result finds nothing new.
///
/// Every write holds the bundle lock from its first read to its last write,
/// is checked in memory first (a refused write changes no byte), renders the
/// block it writes canonically and leaves every other line as it was, is
/// written atomically and never outside the bundle.
public struct Completer: Sendable {
    public var reviewer: Reviewer
    /// The largest block file `add` reads.
    public var maximumBlockBytes = 1 << 20

    public init(reviewer: Reviewer = Reviewer()) {
        self.reviewer = reviewer
    }

    /// Sets `field` of `target` (`C03`, `RW02`, `Figure 1`, an evidence path) to `value`.
    /// A field that holds text that is not pending is replaced only with `replace`.
    public func fill(
        bundle root: URL, target name: String, field: String, value: String, replace: Bool = false
    ) throws(CompletionError) -> CompletionResult {
        let session = try Session.open(root, command: "fill", reviewer: reviewer)
        defer { session.lock.release() }
        let target = try TargetResolver.resolve(name, in: session.read)
        guard let fieldName = target.writableField(field) else {
            throw .fieldNotAllowed(
                field: field, target: target.name,
                allowed: (target.hasWritableTitle ? ["Title"] : []) + target.writableFields)
        }
        let edit = try FieldEdit(field: fieldName, text: value)
        guard let document = session.read.bundle.documents[target.path] else { throw .targetNotFound(name) }
        let section = document.sections[target.section]
        if !replace, let filled = edit.conflict(in: section) {
            throw .alreadyFilled(field: fieldName, target: target.name, location: filled)
        }
        let original = try session.lines(target.path)
        let written = edit.applied(to: section)
        let edited = try BlockSplice.replace(target.section, of: document, with: written, in: original)
        let edits = [target.path: Session.FileEdit(original: original, edited: edited)]
        return try session.commit(edits, target: target) { bundle in
            guard let sections = bundle.documents[target.path]?.sections, target.section < sections.count else {
                return false
            }
            // The whole block reads back as meant, not only the field written.
            return sections[target.section] == written
        }
    }

    /// Adds one `## C07: Title` (or `## E03: Title`) block, given as Markdown,
    /// to the end of logic/claims.md (or logic/experiments.md).
    public func add(_ kind: BlockKind, bundle root: URL, markdown: String) throws(CompletionError) -> CompletionResult {
        guard markdown.utf8.count <= maximumBlockBytes else {
            throw .invalidInput("the block is \(markdown.utf8.count) bytes; at most \(maximumBlockBytes) are read")
        }
        let session = try Session.open(root, command: "add", reviewer: reviewer)
        defer { session.lock.release() }
        let block = try kind.parse(markdown)
        guard let id = block.heading.id else { throw .invalidInput("the block has no id") }
        guard let document = session.read.bundle.documents[kind.path] else {
            let problem = session.read.diagnostics.first { $0.location.path == kind.path && $0.severity == .error }
            throw .bundle(
                problem.map { "\(kind.path) cannot be read (\($0.message))" }
                    ?? "\(kind.path) is missing; create it (arakit init writes one) before adding a \(kind.rawValue)")
        }
        let target = CompletionTarget(
            name: id, kind: kind.targetKind, path: kind.path, section: document.sections.count)
        let original = try session.lines(kind.path)
        if document.sections.contains(where: { $0.heading.id == id && $0 == block }) {
            return session.unchanged(target)
        }
        var edits = [
            kind.path: Session.FileEdit(
                original: original, edited: try BlockSplice.append(block, path: kind.path, to: original))
        ]
        edits[BundlePaths.manifest] = try countEdit(
            kind, count: document.sections(withIDPrefix: kind.prefix).count, session)
        return try session.commit(edits, target: target) { bundle in
            bundle.documents[kind.path]?.sections.last == block
        }
    }

    /// PAPER.md with its stated count of `kind` raised, when it states a right one.
    func countEdit(_ kind: BlockKind, count: Int, _ session: Session) throws(CompletionError) -> Session.FileEdit? {
        guard session.read.bundle.manifest?.declaredCounts.contains(where: { $0.kind == kind.countKind }) == true
        else { return nil }
        let manifest = try session.lines(BundlePaths.manifest)
        return DeclaredCounts.raised(kind.countKind, from: count, in: session.read.bundle, file: manifest).map {
            Session.FileEdit(original: manifest, edited: $0)
        }
    }
}
