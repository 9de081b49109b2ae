/// What scanning a code repository produced: the bundle files to write and
/// what they leave pending.
public struct RepositoryScan: Sendable, Equatable {
    /// `src/environment.md`, `src/artifacts.md`, then `src/configs/<slug>.md`
    /// for each configuration file, in path order.
    public var files: [GeneratedFile]
    /// One short sentence per thing left pending, for example
    /// `src/artifacts.md: What it does for 4 artifacts`.
    public var pending: [String]
    /// Dependency entries written to `src/environment.md` (runtimes not counted).
    public var dependencies: Int
    /// Code files described in `src/artifacts.md`.
    public var artifacts: Int
    /// Parameters written across `src/configs/`.
    public var parameters: Int

    public init(files: [GeneratedFile], pending: [String], dependencies: Int, artifacts: Int, parameters: Int) {
        self.files = files
        self.pending = pending
        self.dependencies = dependencies
        self.artifacts = artifacts
        self.parameters = parameters
    }
}
