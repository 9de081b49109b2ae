import AraCore
import AraReview
import AraTestSupport
import XCTest

@testable import AraComplete

/// Completion on temporary copies of the real corpus bundles: a claim that
/// restates a clean claim under a new id is accepted; the same claim with one
/// value changed to a number no table holds is refused, and nothing changes.
final class CorpusCompletionTests: XCTestCase {
    func testRestatedClaimIsAcceptedAndFabricatedNumberRefused() throws {
        let corpus = try TestSupport.requireCorpus()
        var tried = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() {
            let root = try TestSupport.copy(corpus.appendingPathComponent(name), in: self)
            guard let (claim, value) = try cleanClaimWithValue(root) else { continue }
            tried += 1
            let id = "C\(900 + tried)"
            let block = try restated(claim, as: id)
            let before = try CompletionFixture.snapshot(root)
            let fabricated = block.replacingOccurrences(of: value, with: "987.654")
            let refused = try Completer().add(.claim, bundle: root, markdown: fabricated)
            XCTAssertEqual(refused.status, .refused, name)
            XCTAssertTrue(
                refused.reasons.contains { $0.code == "EV011" && $0.entity == id }, "\(name): \(refused.reasons)")
            XCTAssertEqual(try CompletionFixture.snapshot(root), before, name)
            let accepted = try Completer().add(.claim, bundle: root, markdown: block)
            XCTAssertEqual(accepted.status, .written, "\(name): \(accepted.reasons)")
            XCTAssertTrue(try TestSupport.read(root).bundle.claims.contains { $0.id == id }, name)
        }
        XCTAssertGreaterThan(tried, 0, "no corpus bundle has a claim without findings that states a value")
    }

    /// A claim review finds nothing about whose Evidence basis states a decimal value.
    func cleanClaimWithValue(_ root: URL) throws -> (Claim, String)? {
        let findings = try Reviewer().review(at: root).findings
        let flagged = Set(findings.compactMap(\.entity))
        for claim in try TestSupport.read(root).bundle.claims where !flagged.contains(claim.id) {
            guard let basis = claim.field(.evidenceBasis)?.text, !basis.contains("\""), !basis.contains("`"),
                let value = basis.firstMatch(of: /\b\d+\.\d+\b/).map({ String($0.output) })
            else { continue }
            return (claim, value)
        }
        return nil
    }

    /// The claim's fields under a new id, without Sources (their places are
    /// checked on their own) and without its Dependencies (a new claim's own).
    func restated(_ claim: Claim, as id: String) throws -> String {
        var section = claim.section
        section.heading.id = id
        section.items = section.items.filter { item in
            guard case .field(let field) = item else { return false }
            return !["Sources", "Dependencies"].contains(field.name)
        }
        return try MarkdownWriter.render(MarkdownDocument(path: BundlePaths.claims, sections: [section]))
    }
}
