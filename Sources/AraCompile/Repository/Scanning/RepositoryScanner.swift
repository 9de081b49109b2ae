import Foundation

/// The repository half of `arakit compile --repo DIR`: reads a code
/// repository, deterministically and without running anything, into
/// `src/environment.md`, `src/artifacts.md` and `src/configs/*.md`.
///
/// Everything written is quoted from the repository and cited `path:line`;
/// nothing is invented. What the repository does not say is written
/// `pending` and listed in ``RepositoryScan/pending``.
public enum RepositoryScanner {
    /// Scans the repository at `root` (a directory; need not be a git repository) and returns the files to write.
    ///
    /// The walk is sorted, never follows symbolic links, skips hidden entries,
    /// `.git`, `node_modules`, virtual environments, `__pycache__` and build
    /// output, stops after 20,000 files, and does not parse files over 2 MiB.
    public static func scan(root: URL) throws(RepositoryScanError) -> RepositoryScan {
        let tree = try RepositoryTree(root: root)
        let environment = EnvironmentDocument(tree: tree)
        let artifacts = ArtifactsDocument(tree: tree)
        let configs = ConfigDocuments(tree: tree)
        return RepositoryScan(
            files: [environment.file, artifacts.file] + configs.files,
            pending: tree.notes + environment.pending + artifacts.pending + configs.pending,
            dependencies: environment.dependencyCount,
            artifacts: artifacts.artifacts.count,
            parameters: configs.parameterCount)
    }
}
