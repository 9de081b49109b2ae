import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraReview

/// `--fix` on copies of the corpus: review alone writes nothing, fixes are
/// idempotent, and a fixed bundle reads as the same model.
final class FixTests: XCTestCase {
    /// Every file's path and bytes under `root`.
    func snapshot(_ root: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)!
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = root.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return result
    }

    func testReviewAndDiffNeverWrite() throws {
        for name in ["nanogpt_ara", "the-ara-of-ara"] {
            let root = try TestSupport.copy(try TestSupport.requireCorpus().appendingPathComponent(name), in: self)
            let before = try snapshot(root)
            _ = try Reviewer().review(at: root)
            let preview = try FixApplier(reviewer: Reviewer()).fix(at: root, write: false)
            XCTAssertFalse(preview.changes.isEmpty, "\(name) has drift to fix")
            XCTAssertEqual(try snapshot(root), before, "\(name) changed without --fix")
        }
    }

    func testFixesAreIdempotentAndKeepTheModel() throws {
        for name in ["minimal-artifact", "resnet-ara-example", "nanogpt_ara", "the-ara-of-ara"] {
            let root = try TestSupport.copy(try TestSupport.requireCorpus().appendingPathComponent(name), in: self)
            let original = try BundleReader().read(at: root)
            let first = try FixApplier(reviewer: Reviewer(select: ["DR"])).fix(at: root, write: true)
            XCTAssertFalse(first.applied.isEmpty, name)
            XCTAssertTrue(first.dropped.isEmpty, "\(name): \(first.dropped.map(\.reason))")
            XCTAssertEqual(
                try BundleReader().read(at: root).bundle, original.bundle, "\(name) reads differently after drift fixes"
            )
            let fixed = try snapshot(root)
            let second = try FixApplier(reviewer: Reviewer()).fix(at: root, write: true)
            let third = try FixApplier(reviewer: Reviewer()).fix(at: root, write: true)
            XCTAssertTrue(third.changes.isEmpty, "\(name): a fix applied twice changed the text again")
            if second.changes.isEmpty { XCTAssertEqual(try snapshot(root), fixed, name) }
        }
    }

    func testPaddingThatWouldClashOffersNoFix() throws {
        // Padding E1 → E01 would clash with an existing E01: the rule offers no fix,
        // and nothing is written.
        let root = try TestSupport.bundle(
            [
                "logic/experiments.md":
                    "# Experiments\n\n## E1: One\n- **Verifies**: C01\n\n## E01: Two\n- **Verifies**: C01\n",
                "logic/claims.md": "# Claims\n\n## C01: C\n- **Statement**: s\n- **Proof**: [E1]\n",
            ], in: self)
        let outcome = try FixApplier(reviewer: Reviewer(select: ["XL010"])).fix(at: root, write: true)
        XCTAssertTrue(outcome.changes.isEmpty)
        let review = try Reviewer(select: ["XL010"]).review(at: root)
        XCTAssertTrue(review.findings.allSatisfy { $0.fix == nil })
    }

    func testPaddingRenamesTheHeadingAndItsReferences() throws {
        let root = try TestSupport.bundle(
            [
                "logic/experiments.md": "# Experiments\n\n## E1: One\n- **Verifies**: C1\n",
                "logic/claims.md": "# Claims\n\n## C1: C\n- **Statement**: s\n- **Proof**: [E1]\n",
            ], in: self)
        let outcome = try FixApplier(reviewer: Reviewer(select: ["XL010"])).fix(at: root, write: true)
        XCTAssertEqual(outcome.applied.count, 2)
        let claims = try String(contentsOf: root.appendingPathComponent("logic/claims.md"), encoding: .utf8)
        let experiments = try String(contentsOf: root.appendingPathComponent("logic/experiments.md"), encoding: .utf8)
        XCTAssertEqual(claims, "# Claims\n\n## C01: C\n- **Statement**: s\n- **Proof**: [E01]\n")
        XCTAssertEqual(experiments, "# Experiments\n\n## E01: One\n- **Verifies**: C01\n")
    }
}
