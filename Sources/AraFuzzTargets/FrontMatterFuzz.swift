import AraCore
import AraReview
import Foundation

/// `PAPER.md`: its YAML front matter and Layer Index, read as the bundle
/// reader does, then reviewed, since the front-matter rules (year,
/// authors, missing keys) are what interpret the values.
enum FrontMatterFuzz {
    static func run(_ data: Data) {
        let root = FuzzScratch.directory("frontmatter", files: [BundlePaths.manifest: data])
        guard let review = try? Reviewer().review(at: root) else { return }
        _ = review.findings.count
        BundleFileFuzz.walk(review.bundle)
    }
}
