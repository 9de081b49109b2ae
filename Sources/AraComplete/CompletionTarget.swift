import AraCore
import AraReview

/// The object a completion writes: one block of one file of the bundle.
public struct CompletionTarget: Sendable, Hashable {
    /// The kinds of object completion writes, each with the fields it may fill.
    public enum Kind: String, Sendable, Codable {
        case claim, experiment, heuristic
        case relatedWork = "related work"
        case figure
        /// Any other evidence file (a table): its cells and metadata are the paper's, not an agent's.
        case evidence
    }

    /// How a person names it: the block id (`C03`, `RW02`) or the evidence file's path.
    public var name: String
    public var kind: Kind
    /// The bundle-relative file that holds it.
    public var path: String
    /// The index of its section in the file's ``MarkdownDocument``.
    public var section: Int

    /// The fields completion writes for this kind (besides `Title`, for blocks with ids).
    public var writableFields: [String] {
        switch kind {
        case .claim: Vocabularies.claim.names
        case .experiment: Vocabularies.experiment.names
        case .heuristic: Vocabularies.heuristic.names
        // Reference, Authors, Venue, Year and DOI are copied from the paper by compile.
        case .relatedWork: ["Type", "Delta", "Claims affected", "Adopted elements"]
        // Source, Caption, Screenshot and Text in figure are located facts of the paper.
        case .figure: ["Figure type", "Extraction method", "Reading confidence", "Trend", "Plot kind", "Axes"]
        case .evidence: []
        }
    }

    /// Whether the heading's title may be written (`## C01: pending` → `## C01: …`).
    public var hasWritableTitle: Bool { [.claim, .experiment, .heuristic].contains(kind) }

    /// The canonical spelling of a field name for this kind, or `nil` when it is not writable.
    public func writableField(_ name: String) -> String? {
        if hasWritableTitle, name.lowercased() == "title" { return "Title" }
        return writableFields.first { $0.lowercased() == name.lowercased() }
    }

    /// Whether a finding is about this object: its id, or its file for an evidence file.
    public func concerns(_ finding: Finding) -> Bool {
        switch kind {
        case .figure, .evidence: finding.location.path == path
        default: finding.entity.map { BlockID.sameObject($0, name) } ?? false
        }
    }

    /// A finding a write of this object brings that is work to do next, not
    /// a reason to refuse: an experiment written (added, or a placeholder
    /// filled) is cited by no claim's Proof until a claim's Proof is filled.
    public func expects(_ finding: Finding) -> Bool {
        kind == .experiment && finding.code == "EX002" && concerns(finding)
    }
}
