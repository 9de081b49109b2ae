import AraCore

/// An evidence file: its metadata and tables, the claims whose chain
/// reaches it and the experiments whose Evidence names it.
public struct EvidenceView: Sendable, Encodable {
    public var ref: ObjectRef
    /// `table`, `figure`, `result`, `log`, `proof` or `other`.
    public var evidenceKind: String
    public var metadata: [FieldView]
    public var tables: [TableView]
    /// Claims whose evidence chain reaches the file (as review walks it).
    public var citedBy: [ObjectRef]
    public var experiments: [ObjectRef]

    enum CodingKeys: String, CodingKey {
        case ref
        case evidenceKind = "evidence_kind"
        case metadata, tables
        case citedBy = "cited_by"
        case experiments
    }

    init(_ file: EvidenceFile, in index: ObjectIndex) {
        ref = index.ref(file)
        evidenceKind = file.kind.rawValue
        metadata = file.metadata.map { FieldView(name: $0.name, text: $0.text) }
        tables = file.tables.map { TableView(header: $0.header, rows: $0.rows, lines: Array($0.rowLines.dropFirst())) }
        citedBy = index.context.claims(reaching: file.path).map { index.claimRef($0) }
        experiments = (index.citing.experiments[file.path] ?? []).map(index.ref)
    }
}

/// A GFM table with its cells exactly as written.
public struct TableView: Sendable, Encodable {
    public var header: [String]
    public var rows: [[String]]
    /// The 1-based file line of each row.
    public var lines: [Int]
}
