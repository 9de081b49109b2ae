import AraCore
import Foundation

/// A field of a bundle marked `pending`, with what would fill it (SPEC.md §15.1).
public struct PendingField: Sendable, Hashable, Codable {
    /// The object: a block id (`C03`, `RW02`, `H01`), or the file's path for
    /// an evidence file or a block without an id.
    public var target: String
    /// The field's canonical name (`Title` for a heading written `pending`).
    public var field: String
    /// Where the field is (bundle-relative path, 1-based line).
    public var path: String
    public var line: Int
    /// The value as written (`pending: read it from the screenshot`).
    public var value: String
    /// What the value must be to pass review: its form, and the rules that check it.
    public var fill: String
    /// The `arakit fill` arguments after the bundle (`C03 Sources`), or `nil`
    /// when completion does not write this field (a person edits the file).
    public var command: String?

    public init(
        target: String, field: String, path: String, line: Int, value: String, fill: String, command: String?
    ) {
        self.target = target
        self.field = field
        self.path = path
        self.line = line
        self.value = value
        self.fill = fill
        self.command = command
    }
}

/// Lists every pending field of a bundle.
public enum PendingFields {
    /// Every field of every structured Markdown file whose value is pending,
    /// and every block heading titled `pending`, in path and line order.
    public static func list(in bundle: AraBundle) -> [PendingField] {
        var fields: [PendingField] = []
        for (path, document) in bundle.documents {
            for (index, section) in document.sections.enumerated() {
                let target = try? TargetResolver.target(at: index, of: document)
                let name = target?.name ?? section.heading.id ?? path
                if section.heading.title.lowercased() == "pending", target?.hasWritableTitle == true {
                    fields.append(entry(name, "Title", section.heading.title, section.location, target))
                }
                for field in section.fields where PendingMarker.isPending(field.value) {
                    fields.append(entry(name, field.name, field.value, field.location, target))
                }
            }
            for case .field(let field) in document.preamble where PendingMarker.isPending(field.value) {
                fields.append(entry(path, field.name, field.value, field.location, nil))
            }
        }
        return fields.sorted { ($0.path, $0.line) < ($1.path, $1.line) }
    }

    /// Reads the bundle at `root` and lists its pending fields.
    public static func list(at root: URL, limits: ReadLimits = .default) throws(CompletionError) -> [PendingField] {
        do {
            return list(in: try BundleReader(limits: limits).read(at: root).bundle)
        } catch {
            throw .from(error)
        }
    }

    static func entry(
        _ name: String, _ field: String, _ value: String, _ location: SourceLocation, _ target: CompletionTarget?
    ) -> PendingField {
        let writable = target?.writableField(field)
        let command = writable.map { "\(Self.quoted(name)) \(Self.quoted($0))" }
        return PendingField(
            target: name, field: field, path: location.path, line: location.line, value: value,
            fill: FillHint.text(kind: target?.kind, field: field, writable: writable != nil), command: command)
    }

    /// A shell word: quoted when it holds a space.
    static func quoted(_ word: String) -> String { word.contains(" ") ? "'\(word)'" : word }
}
