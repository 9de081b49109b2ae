import Foundation

/// What `arakit compile` reads and where it writes.
public struct CompileOptions: Sendable {
    public var pdf: URL
    /// The code repository; nil compiles the PDF alone.
    public var repository: URL?
    /// The bundle directory to create.
    public var output: URL
    /// Replace a non-empty `output`.
    public var force: Bool
    /// Resolution of table and figure crops.
    public var dpi: Double
    /// The compile time (seconds since 1970) and UTC offset, for `date_created` and capture.
    public var now: Int64
    public var offsetMinutes: Int
    /// Looked at before each file is written; a stop asked for there ends the compile cleanly.
    public var cancellation: CompileCancellation?

    public init(
        pdf: URL, repository: URL? = nil, output: URL, force: Bool = false, dpi: Double = 150, now: Int64,
        offsetMinutes: Int = 0
    ) {
        self.pdf = pdf
        self.repository = repository
        self.output = output
        self.force = force
        self.dpi = dpi
        self.now = now
        self.offsetMinutes = offsetMinutes
    }
}

/// What a compile produced: counts, files and everything left pending.
public struct CompileReport: Sendable, Equatable, Codable {
    /// The bundle folder, as given.
    public var bundle: String
    /// The repository compiled with the paper, as given; nil for the PDF alone.
    public var repository: String?
    public var pages: Int
    /// The title as printed; nil when none was found (absent from the JSON).
    public var title: String?
    public var authors: [String]
    /// Section files written under `evidence/paper/`.
    public var sections: Int
    /// Numbered tables found (each has a file).
    public var tables: Int
    /// Tables whose cells were recovered (the rest have cells pending).
    public var tablesWithCells: Int
    /// Numbered figures cropped.
    public var figures: Int
    /// Entries of the reference list (`RWnn` blocks).
    public var references: Int
    /// Sentences staged in `staging/observations.yaml`.
    public var candidateClaims: Int
    /// Dependencies, code artifacts and config parameters read from the repository.
    public var dependencies: Int
    public var artifacts: Int
    public var parameters: Int
    /// Nodes the capture rules added from the repository's history.
    public var historyNodes: Int
    /// Every file of the bundle, sorted.
    public var files: [String]
    /// What is left for a person or agent, one line each.
    public var pending: [String]

    // snake_case like the other commands' JSON (`info`, `capture`).
    enum CodingKeys: String, CodingKey {
        case bundle, repository, pages, title, authors, sections, tables
        case tablesWithCells = "tables_with_cells"
        case figures, references
        case candidateClaims = "candidate_claims"
        case dependencies, artifacts, parameters
        case historyNodes = "history_nodes"
        case files, pending
    }
}
