/// The field vocabulary of each structured Markdown file of a bundle.
public enum Vocabularies {
    public static let claim = ClaimField.vocabulary
    public static let experiment = ExperimentField.vocabulary
    public static let heuristic = HeuristicField.vocabulary
    public static let relatedWork = RelatedWorkField.vocabulary
    public static let concept = ConceptField.vocabulary
    public static let problem = ProblemField.vocabulary
    public static let config = ConfigField.vocabulary
    public static let artifact = ArtifactField.vocabulary
    public static let evidence = EvidenceField.vocabulary

    /// The vocabulary and expected id prefixes for a Markdown file of the bundle.
    static func forFile(_ path: String) -> (FieldVocabulary, Set<String>) {
        switch path {
        case BundlePaths.claims: (claim, ["C"])
        case BundlePaths.experiments: (experiment, ["E"])
        case BundlePaths.heuristics: (heuristic, ["H"])
        case BundlePaths.relatedWork: (relatedWork, [])
        case BundlePaths.concepts: (concept, [])
        case BundlePaths.problem: (problem, [])
        case BundlePaths.artifacts: (artifact, [])
        default:
            if path.hasPrefix(BundlePaths.configsDirectory) {
                (config, [])
            } else if path.hasPrefix("evidence/") {
                (evidence, [])
            } else {
                (.none, [])
            }
        }
    }
}

/// Where each file of the format lives, bundle-relative.
public enum BundlePaths {
    public static let manifest = "PAPER.md"
    public static let problem = "logic/problem.md"
    public static let claims = "logic/claims.md"
    public static let concepts = "logic/concepts.md"
    public static let experiments = "logic/experiments.md"
    public static let relatedWork = "logic/related_work.md"
    public static let constraints = "logic/solution/constraints.md"
    public static let heuristics = "logic/solution/heuristics.md"
    public static let environment = "src/environment.md"
    public static let artifacts = "src/artifacts.md"
    public static let configsDirectory = "src/configs/"
    public static let tree = TreeSchema.path
    public static let sessionsDirectory = "trace/sessions/"
    public static let sessionIndex = "trace/sessions/session_index.yaml"
    public static let observations = "staging/observations.yaml"
    public static let evidenceIndex = "evidence/README.md"
    public static let layers = ["logic", "src", "trace", "evidence", "staging"]

    /// Files every complete bundle has.
    public static let core = [
        manifest, problem, claims, concepts, experiments, constraints, relatedWork, environment, tree, evidenceIndex,
    ]

    /// Markdown files the reader parses as structured documents; other Markdown
    /// (prompts, notes under src/) is an asset.
    static func isFormatMarkdown(_ path: String) -> Bool {
        guard path.hasSuffix(".md") else { return false }
        if path == manifest || path.hasPrefix("logic/") || path.hasPrefix("evidence/")
            || path.hasPrefix(configsDirectory)
        {
            return true
        }
        return path == environment || path == artifacts || path.hasPrefix("data/") || path.hasPrefix("rubric/")
    }

    /// YAML files the reader parses.
    static func isFormatYAML(_ path: String) -> Bool {
        (path.hasSuffix(".yaml") || path.hasSuffix(".yml")) && (path.hasPrefix("trace/") || path.hasPrefix("staging/"))
    }
}
