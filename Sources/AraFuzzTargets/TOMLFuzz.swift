import AraCompile
import AraReview
import Foundation

/// TOML, both ways AraKit reads it: `arakit.toml` through toml++ (the review
/// configuration, `TOMLNodes`), and a repository's `pyproject.toml`, `Cargo.toml` and a
/// TOML config through `compile --repo`'s own line lexer (the repository scan).
enum TOMLFuzz {
    static func run(_ data: Data) {
        if let text = String(data: data, encoding: .utf8) {
            _ = try? ReviewConfiguration.parse(text, path: ReviewConfiguration.fileName)
        }
        let repository = FuzzScratch.directory(
            "toml", files: ["pyproject.toml": data, "Cargo.toml": data, "configs/train.toml": data])
        _ = try? RepositoryScanner.scan(root: repository)
    }
}
