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

/// A falsifiable claim: `## C01: Title` in `logic/claims.md`.
public struct Claim: Hashable, Sendable {
    public var section: MarkdownSection

    public init(section: MarkdownSection) { self.section = section }

    public var id: String { section.heading.id ?? "" }
    public var title: String { section.heading.title }
    public var location: SourceLocation { section.location }
    public func field(_ name: String) -> MarkdownField? { section.field(name) }

    public var statement: String? { field("Statement")?.text }
    public var status: ClaimStatus? { field("Status").map { ClaimStatus($0.text) } }
    public var falsificationCriteria: String? { field("Falsification criteria")?.text }
    /// Experiment ids named in Proof.
    public var proof: [String] { field("Proof").map { BlockID.mentions(in: $0.value, prefixes: ["E"]) } ?? [] }
    /// Claim ids named in Dependencies.
    public var dependencies: [String] {
        field("Dependencies").map { BlockID.mentions(in: $0.value, prefixes: ["C"]) } ?? []
    }
    public var evidenceBasis: String? { field("Evidence basis")?.text }
    public var sources: String? { field("Sources")?.value }
}

/// A declarative experiment plan: `## E01: Title` in `logic/experiments.md`.
public struct Experiment: Hashable, Sendable {
    public var section: MarkdownSection

    public init(section: MarkdownSection) { self.section = section }

    public var id: String { section.heading.id ?? "" }
    public var title: String { section.heading.title }
    public var location: SourceLocation { section.location }
    public func field(_ name: String) -> MarkdownField? { section.field(name) }

    /// Claim ids named in Verifies.
    public var verifies: [String] { field("Verifies").map { BlockID.mentions(in: $0.value, prefixes: ["C"]) } ?? [] }
    public var evidence: String? { field("Evidence")?.text }
}

/// A design heuristic: `## H01: Title` in `logic/solution/heuristics.md`.
public struct Heuristic: Hashable, Sendable {
    public var section: MarkdownSection

    public init(section: MarkdownSection) { self.section = section }

    public var id: String { section.heading.id ?? "" }
    public var title: String { section.heading.title }
    public var location: SourceLocation { section.location }
    public func field(_ name: String) -> MarkdownField? { section.field(name) }
    public var codeRef: String? { field("Code ref")?.text }
}

/// A typed citation in `logic/related_work.md`: an `RW` block, or a leaf
/// section with fields (bundles that give no ids).
public struct RelatedWork: Hashable, Sendable {
    public var section: MarkdownSection

    public init(section: MarkdownSection) { self.section = section }

    public var id: String? { section.heading.id }
    public var title: String { section.heading.title }
    public var location: SourceLocation { section.location }
    public var type: String? { section.field("Type")?.text }
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
public struct ProblemItem: Hashable, Sendable {
    public var section: MarkdownSection

    public init(section: MarkdownSection) { self.section = section }

    public var id: String? { section.heading.id }
    public var title: String { section.heading.title }
    public var statement: String? { section.field("Statement")?.text }
}

/// One parameter block of `src/configs/*.md`.
public struct ConfigParameter: Hashable, Sendable {
    public var path: String
    public var section: MarkdownSection

    public init(path: String, section: MarkdownSection) {
        self.path = path
        self.section = section
    }

    public var name: String { section.heading.canonicalText }
    public var value: String? { section.field("Value")?.text }
    public var source: String? { section.field("Source")?.text }
}
