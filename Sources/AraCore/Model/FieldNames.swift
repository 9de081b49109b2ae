/// A field label of one kind of block, named once: the reader's vocabulary,
/// the writer, the rules and the templates all use these names, so a label
/// cannot be spelt two ways in the code. SPEC.md §3 gives each file's fields.
public protocol FieldName: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// Other spellings read as a field (`Expected results` → `Expected outcome`).
    static var aliases: [String: Self] { get }
}

extension FieldName {
    public static var aliases: [String: Self] { [:] }

    /// The label as written: `**Falsification criteria**`.
    public var label: String { rawValue }

    /// The vocabulary the reader folds labels into, in canonical order.
    static var vocabulary: FieldVocabulary {
        FieldVocabulary(allCases.map(\.rawValue), aliases: aliases.mapValues(\.rawValue))
    }
}

/// `logic/claims.md` (SPEC.md §3.5).
public enum ClaimField: String, FieldName {
    case statement = "Statement"
    case conditions = "Conditions"
    case sources = "Sources"
    case status = "Status"
    case falsificationCriteria = "Falsification criteria"
    case proof = "Proof"
    case evidenceBasis = "Evidence basis"
    case interpretation = "Interpretation"
    case dependencies = "Dependencies"
    case tags = "Tags"
    case provenance = "Provenance"
}

/// `logic/experiments.md` (SPEC.md §3.6).
public enum ExperimentField: String, FieldName {
    case verifies = "Verifies"
    case evidence = "Evidence"
    case run = "Run"
    case setup = "Setup"
    case procedure = "Procedure"
    case metrics = "Metrics"
    case expectedOutcome = "Expected outcome"
    case baselines = "Baselines"
    case dependencies = "Dependencies"

    public static var aliases: [String: ExperimentField] { ["Expected results": .expectedOutcome] }
}

/// `logic/solution/heuristics.md` (SPEC.md §3.7).
public enum HeuristicField: String, FieldName {
    case rationale = "Rationale"
    case sensitivity = "Sensitivity"
    case bounds = "Bounds"
    case codeRef = "Code ref"
    case source = "Source"
    case provenance = "Provenance"
}

/// `logic/related_work.md` (SPEC.md §3.8).
public enum RelatedWorkField: String, FieldName {
    case doi = "DOI"
    case type = "Type"
    case delta = "Delta"
    case claimsAffected = "Claims affected"
    case adoptedElements = "Adopted elements"
}

/// `logic/concepts.md` (SPEC.md §3.9).
public enum ConceptField: String, FieldName {
    case notation = "Notation"
    case definition = "Definition"
    case boundaryConditions = "Boundary conditions"
    case relatedConcepts = "Related concepts"
}

/// `logic/problem.md` (SPEC.md §3.10).
public enum ProblemField: String, FieldName {
    case statement = "Statement"
    case evidence = "Evidence"
    case implication = "Implication"
    case causedBy = "Caused by"
    case existingAttempts = "Existing attempts"
    case whyTheyFail = "Why they fail"
    case insight = "Insight"
    case derivedFrom = "Derived from"
    case enables = "Enables"
}

/// `src/configs/*.md` (SPEC.md §3.12).
public enum ConfigField: String, FieldName {
    case value = "Value"
    case rationale = "Rationale"
    case searchRange = "Search range"
    case sensitivity = "Sensitivity"
    case source = "Source"
}

/// `src/artifacts.md`.
public enum ArtifactField: String, FieldName {
    case files = "File(s)"
    case nature = "Nature"
    case whatItDoes = "What it does"
    case howToRun = "How to run"
    case claimsSupported = "Claims supported"
}

/// Evidence files (SPEC.md §3.13).
public enum EvidenceField: String, FieldName {
    case source = "Source"
    case caption = "Caption"
    case screenshot = "Screenshot"
    case extractionType = "Extraction type"
    case derivedFrom = "Derived from"
    case figureType = "Figure type"
    case extractionMethod = "Extraction method"
    case readingConfidence = "Reading confidence"
    case plotKind = "Plot kind"
    case axes = "Axes"
}

/// The keys of an exploration-tree node (SPEC.md §4.2–4.5), named once.
public enum TreeKey: String, CaseIterable, Hashable, Sendable {
    // Read into the node's own properties.
    case id, type, title
    case supportLevel = "support_level"
    case sourceRefs = "source_refs"
    case alsoDependsOn = "also_depends_on"
    case children
    // The types' own keys.
    case description, hypothesis, method, result, metrics, evidence
    case failureMode = "failure_mode"
    case lesson, choice, alternatives, rationale, from, to, trigger
    // Seen in real bundles beyond the schema, and the protocol's published
    // fields (experiments' exploration and outcome; pivots' own spelling).
    case status, timestamp, provenance, source, thinking, date, notes, exploration, outcome
    case priorDirection = "prior_direction"
    case newDirection = "new_direction"
    case reason
}
