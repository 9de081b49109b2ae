/// A claim's status, read leniently (`Supported (foundational…)` is supported).
public enum ClaimStatus: Hashable, Sendable {
    case hypothesis, supported, refuted, partiallySupported
    case other(String)

    public init(_ raw: String) {
        let lowered = raw.lowercased().trimmingWhitespace()
        let words = lowered.split(whereSeparator: { !$0.isLetter }).map(String.init)
        switch (words.first, words.dropFirst().first) {
        case ("partially", "supported"): self = .partiallySupported
        case ("hypothesis", _): self = .hypothesis
        case ("supported", _): self = .supported
        case ("refuted", _): self = .refuted
        default: self = .other(raw)
        }
    }
}

/// A block of a structured Markdown file: a section with fields labelled by
/// one kind's ``FieldName``s. The claim, experiment, heuristic, related-work
/// and problem blocks share this shape.
public protocol SectionBlock: Hashable, Sendable {
    associatedtype Field: FieldName
    var section: MarkdownSection { get }
}

extension SectionBlock {
    public var title: String { section.heading.title }
    public var location: SourceLocation { section.location }
    public func field(_ name: Field) -> MarkdownField? { section.field(name.rawValue) }
}

/// A block whose heading always carries an id (`## C01: …`, `E01`, `H01`);
/// the id is empty when a heading lacks one (the reader reports it).
public protocol NumberedBlock: SectionBlock {}

extension NumberedBlock {
    public var id: String { section.heading.id ?? "" }
}

/// A falsifiable claim: `## C01: Title` in `logic/claims.md`.
public struct Claim: NumberedBlock {
    public typealias Field = ClaimField
    public var section: MarkdownSection

    public init(section: MarkdownSection) { self.section = section }

    public var statement: String? { field(.statement)?.text }
    public var status: ClaimStatus? { field(.status).map { ClaimStatus($0.text) } }
    public var falsificationCriteria: String? { field(.falsificationCriteria)?.text }
    /// Experiment ids named in Proof.
    public var proof: [String] { field(.proof).map { BlockID.mentions(in: $0.value, prefixes: ["E"]) } ?? [] }
    /// Claim ids named in Dependencies.
    public var dependencies: [String] {
        field(.dependencies).map { BlockID.mentions(in: $0.value, prefixes: ["C"]) } ?? []
    }
    public var evidenceBasis: String? { field(.evidenceBasis)?.text }
    public var sources: String? { field(.sources)?.value }
}

/// A declarative experiment plan: `## E01: Title` in `logic/experiments.md`.
public struct Experiment: NumberedBlock {
    public typealias Field = ExperimentField
    public var section: MarkdownSection

    public init(section: MarkdownSection) { self.section = section }

    /// Claim ids named in Verifies.
    public var verifies: [String] { field(.verifies).map { BlockID.mentions(in: $0.value, prefixes: ["C"]) } ?? [] }
    public var evidence: String? { field(.evidence)?.text }
}

/// A design heuristic: `## H01: Title` in `logic/solution/heuristics.md`.
public struct Heuristic: NumberedBlock {
    public typealias Field = HeuristicField
    public var section: MarkdownSection

    public init(section: MarkdownSection) { self.section = section }

    public var codeRef: String? { field(.codeRef)?.text }
}

/// A typed citation in `logic/related_work.md`: an `RW` block, or a leaf
/// section with fields (bundles that give no ids).
public struct RelatedWork: SectionBlock {
    public typealias Field = RelatedWorkField
    public var section: MarkdownSection

    public init(section: MarkdownSection) { self.section = section }

    public var id: String? { section.heading.id }
    public var type: String? { field(.type)?.text }
}

/// A technical term of `logic/concepts.md`: a section with fields, or a
/// `- **Term** — definition` item in a section without fields.
public struct Concept: Hashable, Sendable {
    public var term: String
    public var definition: String
    public var location: SourceLocation

    public init(term: String, definition: String, location: SourceLocation) {
        self.term = term
        self.definition = definition
        self.location = location
    }
}

/// An item of `logic/problem.md`: an observation `O1`, a gap `G1`, or another block.
public struct ProblemItem: SectionBlock {
    public typealias Field = ProblemField
    public var section: MarkdownSection

    public init(section: MarkdownSection) { self.section = section }

    public var id: String? { section.heading.id }
    public var statement: String? { field(.statement)?.text }
}

/// One parameter block of `src/configs/*.md`.
public struct ConfigParameter: SectionBlock {
    public typealias Field = ConfigField
    public var path: String
    public var section: MarkdownSection

    public init(path: String, section: MarkdownSection) {
        self.path = path
        self.section = section
    }

    public var name: String { section.heading.canonicalText }
    public var value: String? { field(.value)?.text }
    public var source: String? { field(.source)?.text }
}
