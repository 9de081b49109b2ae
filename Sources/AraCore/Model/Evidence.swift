/// A file under `evidence/` (other than its README): a table, a figure, a run record.
public struct EvidenceFile: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case table, figure, result, log, proof, other
    }

    public var document: MarkdownDocument
    /// GFM tables in the file, with exact cell text.
    public var tables: [GFMTable]

    public init(document: MarkdownDocument, tables: [GFMTable]) {
        self.document = document
        self.tables = tables
    }

    public var path: String { document.path }

    public var kind: Kind {
        let parts = path.split(separator: "/")
        guard parts.count > 2 else { return .other }
        switch parts[1] {
        case "tables": return .table
        case "figures": return .figure
        case "results": return .result
        case "logs": return .log
        case "proofs": return .proof
        default: return .other
        }
    }

    /// The first level-1 heading (`Table 2: …`).
    public var heading: String? { document.sections.first { $0.level == 1 }?.heading.canonicalText }

    /// Metadata fields (`Source`, `Caption`, `Screenshot` …) wherever they stand.
    public var metadata: [MarkdownField] {
        (document.preamble + document.sections.flatMap(\.items)).compactMap {
            if case .field(let field) = $0 { field } else { nil }
        }
    }

    public func metadata(_ name: EvidenceField) -> MarkdownField? { metadata(named: name.rawValue) }

    public func metadata(named name: String) -> MarkdownField? {
        metadata.first { $0.name.lowercased() == name.lowercased() }
    }
}

/// `evidence/README.md`: the index of evidence files.
public struct EvidenceIndex: Hashable, Sendable {
    public var document: MarkdownDocument

    public init(document: MarkdownDocument) { self.document = document }

    /// Every path the index mentions, as written.
    public var references: [PathReference] {
        PathReference.scan(document.preamble + document.sections.flatMap(\.items))
    }

    /// Every relative path the index links to, resolved against `evidence/`.
    public var entries: [PathReference] {
        references.compactMap { reference in
            guard !reference.path.hasPrefix("../") else { return nil }
            var resolved = reference
            resolved.path = BundleFileSystem.normalize("evidence/" + reference.path) ?? reference.path
            return resolved
        }
    }
}
