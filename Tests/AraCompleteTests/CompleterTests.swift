import AraCore
import AraReview
import AraTestSupport
import XCTest

@testable import AraComplete

/// Guarded writes: accepted when review finds nothing new, refused with the
/// findings and no byte changed otherwise.
final class CompleterTests: XCTestCase {
    let completer = Completer()

    func testCorrectClaimIsAcceptedAndVisibleInTheNextReview() throws {
        let root = try CompletionFixture.make(in: self)
        let result = try completer.add(.claim, bundle: root, markdown: CompletionFixture.claim())
        XCTAssertEqual(result.status, .written, "\(result.reasons)")
        let claims = try TestSupport.read(root).bundle.claims
        XCTAssertEqual(claims.map(\.id), ["C01", "C02"])
        XCTAssertEqual(claims.last?.section.field(ClaimField.proof)?.text, "[E01]")
        let review = try Reviewer().review(at: root)
        XCTAssertFalse(review.findings.contains { $0.entity == "C02" }, "\(review.findings)")
        // Canonical: the block is written in the writer's form.
        let text = try TestSupport.text(root.appendingPathComponent("logic/claims.md"))
        XCTAssertTrue(text.contains("\n\n## C02: Insertion sort is faster at n = 8\n\n- **Statement**: At n = 8"))
        XCTAssertTrue(text.hasSuffix("- **Dependencies**: none\n"))
    }

    func testFabricatedNumberIsRefusedAndNothingChanges() throws {
        try assertRefused(CompletionFixture.claim(value: "0.79"), codes: ["EV011", "SR004"])
    }

    func testQuoteNotAtItsPlaceIsRefusedAndNothingChanges() throws {
        try assertRefused(CompletionFixture.claim(line: 3), codes: ["SR003"])
    }

    func testMissingExperimentIsRefusedAndNothingChanges() throws {
        try assertRefused(CompletionFixture.claim(proof: "E09"), codes: ["XL001"])
    }

    func assertRefused(_ block: String, codes: Set<String>, file: StaticString = #filePath, line: UInt = #line) throws {
        let root = try CompletionFixture.make(in: self)
        let before = try CompletionFixture.snapshot(root)
        let result = try completer.add(.claim, bundle: root, markdown: block)
        XCTAssertEqual(result.status, .refused, file: file, line: line)
        XCTAssertEqual(Set(result.reasons.map(\.code)), codes, "\(result.reasons)", file: file, line: line)
        XCTAssertTrue(result.reasons.allSatisfy { $0.entity == "C02" }, file: file, line: line)
        XCTAssertEqual(
            try CompletionFixture.snapshot(root), before, "a refused write changed a file", file: file, line: line)
    }

    func testFillsPendingFieldsOfClaimFigureAndRelatedWork() throws {
        let root = try CompletionFixture.make(in: self)
        let statement = "At n = 8, insertion sort takes less time per sort than merge sort."
        XCTAssertEqual(
            try completer.fill(bundle: root, target: "C1", field: "statement", value: statement).status, .written)
        XCTAssertEqual(
            try completer.fill(bundle: root, target: "Figure 1", field: "Figure type", value: "quantitative_plot")
                .status, .written)
        XCTAssertEqual(
            try completer.fill(bundle: root, target: "RW01", field: "Type", value: "baseline").status, .written)
        let bundle = try TestSupport.read(root).bundle
        XCTAssertEqual(bundle.claims.first?.section.field(ClaimField.statement)?.text, statement)
        XCTAssertEqual(bundle.relatedWork.first?.section.field(RelatedWorkField.type)?.text, "baseline")
        let review = try Reviewer().review(at: root)
        XCTAssertFalse(review.findings.contains { $0.message.contains("'Figure type'") }, "\(review.findings)")
        XCTAssertFalse(review.findings.contains { $0.code == "ST009" && $0.message.contains("type") })
    }

    func testFillIsIdempotentAndAddOfTheSameBlockChangesNothing() throws {
        let root = try CompletionFixture.make(in: self)
        XCTAssertEqual(
            try completer.fill(bundle: root, target: "RW01", field: "Type", value: "baseline").status, .written)
        let once = try CompletionFixture.snapshot(root)
        XCTAssertEqual(
            try completer.fill(bundle: root, target: "RW01", field: "Type", value: "baseline").status, .unchanged)
        XCTAssertEqual(try completer.add(.claim, bundle: root, markdown: CompletionFixture.claim()).status, .written)
        let twice = try CompletionFixture.snapshot(root)
        XCTAssertNotEqual(once, twice)
        XCTAssertEqual(try completer.add(.claim, bundle: root, markdown: CompletionFixture.claim()).status, .unchanged)
        XCTAssertEqual(try CompletionFixture.snapshot(root), twice)
    }

    func testFilledTextIsReplacedOnlyWhenAsked() throws {
        let root = try CompletionFixture.make(in: self)
        XCTAssertThrowsError(try completer.fill(bundle: root, target: "E01", field: "Setup", value: "Other.")) {
            guard case .alreadyFilled = $0 as? CompletionError else { return XCTFail("\($0)") }
        }
        let result = try completer.fill(bundle: root, target: "E01", field: "Setup", value: "PyPy.", replace: true)
        XCTAssertEqual(result.status, .written)
    }

    func testOnlyTheTargetBlockIsRewritten() throws {
        var files = CompletionFixture.files
        let other = "## C05 — Kept as written\r\n**Statement:** Kept.\r\n**Status:** hypothesis\r\n"
        files["logic/claims.md"] =
            CompletionFixture.claims.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n" + other
        let root = try TestSupport.bundle(files, in: self)
        _ = try completer.fill(bundle: root, target: "C01", field: "Tags", value: "sorting")
        let text = try TestSupport.text(root.appendingPathComponent("logic/claims.md"))
        XCTAssertTrue(text.hasSuffix("\r\n\r\n" + other), text)
        XCTAssertTrue(text.contains("- **Tags**: sorting\r\n"), text)
    }

    func testFieldsOutsideWhatCompletionWritesAreErrors() throws {
        let root = try CompletionFixture.make(in: self)
        XCTAssertThrowsError(try completer.fill(bundle: root, target: "Figure 1", field: "Caption", value: "x"))
        XCTAssertThrowsError(try completer.fill(bundle: root, target: "Table 1", field: "Notes", value: "x"))
        XCTAssertThrowsError(try completer.fill(bundle: root, target: "C09", field: "Statement", value: "x"))
        XCTAssertThrowsError(try completer.add(.claim, bundle: root, markdown: "## E03: Wrong kind\n- **Setup**: x\n"))
        XCTAssertThrowsError(try completer.fill(bundle: root, target: "C01", field: "Statement", value: "  "))
    }
}

extension CompleterTests {
    func testAddKeepsTheStatedCountTrue() throws {
        var files = CompletionFixture.files
        files["PAPER.md"] = files["PAPER.md", default: ""] + "- 1 falsifiable claims, 1 experiments\n"
        let root = try TestSupport.bundle(files, in: self)
        XCTAssertEqual(try completer.add(.claim, bundle: root, markdown: CompletionFixture.claim()).status, .written)
        let paper = try TestSupport.text(root.appendingPathComponent("PAPER.md"))
        XCTAssertTrue(paper.hasSuffix("- 2 falsifiable claims, 1 experiments\n"), paper)
        XCTAssertFalse(try Reviewer().review(at: root).findings.contains { $0.code == "ST006" })
    }
}

extension CompleterTests {
    /// A claim that already states a number no cell holds may not swap it for another.
    func testAWrongNumberIsNotReplacedByAnotherWrongNumber() throws {
        let root = try CompletionFixture.make(in: self)
        let basis = "Table 1: at n = 8, insertion 0.80 µs vs. merge 3.83 µs."
        XCTAssertEqual(
            try completer.fill(bundle: root, target: "C01", field: "Evidence basis", value: basis).status, .refused)
        let claims = root.appendingPathComponent("logic/claims.md")
        let text = try TestSupport.text(claims)
        try Data(
            text.replacingOccurrences(of: "- **Evidence basis**: pending", with: "- **Evidence basis**: " + basis).utf8
        )
        .write(to: claims)
        let before = try CompletionFixture.snapshot(root)
        let swapped = basis.replacingOccurrences(of: "0.80", with: "0.79")
        let result = try completer.fill(
            bundle: root, target: "C01", field: "Evidence basis", value: swapped, replace: true)
        XCTAssertEqual(result.status, .refused)
        XCTAssertEqual(result.reasons.map(\.code), ["EV011"])
        XCTAssertEqual(try CompletionFixture.snapshot(root), before)
        let corrected = basis.replacingOccurrences(of: "0.80", with: "0.82")
        XCTAssertEqual(
            try completer.fill(bundle: root, target: "C01", field: "Evidence basis", value: corrected, replace: true)
                .status, .written)
    }
}
