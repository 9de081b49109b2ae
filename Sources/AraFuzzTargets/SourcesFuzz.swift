import AraCore
import AraReview
import Foundation

/// A claim's `Sources` field, parsed into entries (`value ← place «quote»`).
/// Fed two ways: as the field's value directly, and inside a claim read
/// from `logic/claims.md`, so the reader's idea of the value is fuzzed too.
enum SourcesFuzz {
    static func run(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let origin = Origin(SourceLocation(path: BundlePaths.claims, line: 3, column: 3))
        for entry in SourceEntry.parse(field: MarkdownField(name: "Sources", value: text, origin: origin)) {
            _ = entry.body
        }
        let claims = Data("# Claims\n\n## C01: Fuzzed claim\n- **Statement**: A claim.\n- **Sources**:".utf8) + data
        guard let result = BundleFileFuzz.read(claims, at: BundlePaths.claims, scratch: "sources") else { return }
        // As the review context does (ReviewContext.sourceEntries).
        for claim in result.bundle.claims {
            _ = claim.field(.sources).map(SourceEntry.parse(field:))
        }
    }
}
