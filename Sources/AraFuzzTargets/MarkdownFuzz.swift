import AraCore
import Foundation

/// The Markdown block reader. The first byte picks the file the rest is read
/// as, because the vocabulary (field names, ID prefixes) depends on the path.
enum MarkdownFuzz {
    static let paths = [
        BundlePaths.claims, BundlePaths.experiments, BundlePaths.heuristics, BundlePaths.relatedWork,
        BundlePaths.concepts, BundlePaths.problem, BundlePaths.artifacts, BundlePaths.environment,
        "src/configs/training.md", "evidence/tables/results.md", BundlePaths.evidenceIndex, BundlePaths.constraints,
    ]

    static func run(_ data: Data) {
        guard let selector = data.first else { return }
        let index = Int(selector) % paths.count
        guard let result = BundleFileFuzz.read(data.dropFirst(), at: paths[index], scratch: "markdown-\(index)")
        else { return }
        BundleFileFuzz.walk(result.bundle)
    }
}
