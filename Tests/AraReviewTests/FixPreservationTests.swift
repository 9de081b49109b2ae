import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraReview

/// `--fix` changes the lines it fixes and nothing else (issue 12, item 6):
/// not the mode, not a line end, not the byte-order mark, not bytes that are
/// not UTF-8.
final class FixPreservationTests: XCTestCase {
    static var example: URL { TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort") }

    func testFixKeepsModeLineEndsBOMAndInvalidBytes() throws {
        let root = try TestSupport.copy(Self.example, in: self)
        let claims = root.appendingPathComponent("logic/claims.md")
        let text = try String(contentsOf: claims, encoding: .utf8)
        // CRLF everywhere, a lone CR on one line, a BOM, one invalid byte, and
        // the one thing to fix: a dash heading separator (DR005).
        var original = Data([0xEF, 0xBB, 0xBF])
        var lines = text.components(separatedBy: "\n")
        let heading = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("## C03: ") })
        lines[heading] = lines[heading].replacingOccurrences(of: "## C03: ", with: "## C03 — ")
        for (index, line) in lines.enumerated() {
            original.append(Data(line.utf8))
            if index == 2 { original.append(contentsOf: [0xFF]) }
            if index < lines.count - 1 { original.append(contentsOf: index == 4 ? [13] : [13, 10]) }
        }
        try original.write(to: claims)
        XCTAssertEqual(chmod(claims.path, 0o600), 0)

        let outcome = try FixApplier(reviewer: Reviewer(select: ["DR005"])).fix(at: root, write: true)
        XCTAssertEqual(outcome.applied.map(\.code), ["DR005"])
        let expected = try XCTUnwrap(
            String(data: original, encoding: .isoLatin1)?.replacingOccurrences(
                of: "## C03 \u{00E2}\u{0080}\u{0094} ", with: "## C03: "
            ).data(using: .isoLatin1))
        XCTAssertNotEqual(expected, original)
        XCTAssertEqual(try Data(contentsOf: claims), expected)
        var info = stat()
        XCTAssertEqual(stat(claims.path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
        // Nothing left beside it, and a second run finds nothing more to fix.
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: claims.deletingLastPathComponent().path)
                .filter(AtomicFile.isTemporary), [])
        let again = try FixApplier(reviewer: Reviewer(select: ["DR005"])).fix(at: root, write: true)
        XCTAssertTrue(again.changes.isEmpty)
    }

    func testRawLinesReplaceKeepsEachLineEnd() {
        var lines = RawLines(Data("a\r\nb\r\nc\rd\r\ne".utf8))
        XCTAssertEqual(lines.count, 5)
        XCTAssertEqual(lines.text, "a\nb\nc\nd\ne")
        // New lines take the replaced line's end last, the file's common end (CRLF) before it.
        lines.replace(2..<3, with: ["C", "C2"])
        XCTAssertEqual(String(decoding: lines.data, as: UTF8.self), "a\r\nb\r\nC\r\nC2\rd\r\ne")
        lines.replace(5..<6, with: ["E", "F"])
        XCTAssertEqual(String(decoding: lines.data, as: UTF8.self), "a\r\nb\r\nC\r\nC2\rd\r\nE\r\nF")
        lines.replace(7..<7, with: ["G"])
        XCTAssertEqual(String(decoding: lines.data, as: UTF8.self), "a\r\nb\r\nC\r\nC2\rd\r\nE\r\nF\r\nG")
        lines.replace(7..<8, with: [])
        XCTAssertEqual(String(decoding: lines.data, as: UTF8.self), "a\r\nb\r\nC\r\nC2\rd\r\nE\r\nF")
        var bom = RawLines(Data([0xEF, 0xBB, 0xBF, 0x61, 0xFF, 0x0A]))
        XCTAssertEqual(bom.text, "a\u{FFFD}\n")
        bom.replace(1..<2, with: ["z"])
        XCTAssertEqual(bom.data, Data([0xEF, 0xBB, 0xBF, 0x61, 0xFF, 0x0A, 0x7A]))
    }
}

extension FixPreservationTests {
    /// Independent fixes on a bundle of our own (no ../shared needed): applied
    /// together, each once, and a second run has nothing left to do.
    func testIndependentFixesAreBatchedAndIdempotent() throws {
        let root = try TestSupport.copy(Self.example, in: self)
        let claims = root.appendingPathComponent("logic/claims.md")
        var text = try String(contentsOf: claims, encoding: .utf8)
        for id in ["C01", "C02", "C03"] { text = text.replacingOccurrences(of: "## \(id): ", with: "## \(id) — ") }
        text = text.replacingOccurrences(of: "- **Status**: supported", with: "- **Status:** supported")
        try text.write(to: claims, atomically: true, encoding: .utf8)
        let before = try Reviewer(select: ["DR"]).review(at: root).findings
        XCTAssertEqual(before.filter { $0.code == "DR005" }.count, 3)
        XCTAssertEqual(before.filter { $0.code == "DR006" }.count, 3)

        let first = try FixApplier(reviewer: Reviewer(select: ["DR"])).fix(at: root, write: true)
        XCTAssertEqual(first.applied.count, 6)
        XCTAssertEqual(first.dropped.count, 0)
        XCTAssertEqual(first.review.findings.map(\.code), [])
        XCTAssertEqual(
            try String(contentsOf: claims, encoding: .utf8),
            try String(
                contentsOf: Self.example.appendingPathComponent("logic/claims.md"), encoding: .utf8))
        let second = try FixApplier(reviewer: Reviewer(select: ["DR"])).fix(at: root, write: true)
        XCTAssertTrue(second.changes.isEmpty)
        XCTAssertTrue(second.applied.isEmpty)
    }
}
