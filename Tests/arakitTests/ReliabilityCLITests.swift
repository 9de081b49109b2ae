import AraTestSupport
import Foundation
import XCTest

/// The reproductions of issue 12 as a user runs them: each was a crash, a
/// lost file or a silent pass before.
final class ReliabilityCLITests: XCTestCase {
    func freshBundle(_ name: String = "x") throws -> (folder: URL, bundle: URL) {
        let folder = try TestSupport.temporaryDirectory(self)
        let result = try CLI.run(["init", name], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        return (folder, folder.appendingPathComponent(name))
    }

    func testCarriageReturnsDoNotKillInfoOrReview() throws {
        let (folder, bundle) = try freshBundle()
        try Data("a\r\rb".utf8).write(to: bundle.appendingPathComponent("logic/claims.md"))
        let other = try CLI.run(["init", "y"], in: folder)
        XCTAssertEqual(other.status, 0)
        let info = try CLI.run(["info", "x"], in: folder)
        XCTAssertEqual(info.status, 0, info.stderr)
        XCTAssertTrue(info.stdout.contains("R005"), info.stdout)
        for format in ["text", "json", "sarif", "github"] {
            let review = try CLI.run(["review", "x", "y", "--format", format], in: folder)
            XCTAssertEqual(review.status, 1, "\(format): \(review.stderr)")
            XCTAssertTrue(review.stdout.contains("claims.md"), "\(format): \(review.stdout)")
        }
        let fix = try CLI.run(["review", "x", "--fix"], in: folder)
        XCTAssertEqual(fix.status, 1, fix.stderr)
    }

    func testReportIsNeverWrittenIntoAReviewedBundle() throws {
        let (folder, bundle) = try freshBundle()
        let claims = bundle.appendingPathComponent("logic/claims.md")
        let before = try Data(contentsOf: claims)
        for target in ["x/logic/claims.md", "x/report.txt", "./x/../x/PAPER.md"] {
            let result = try CLI.run(["review", "x", "--output-file", target], in: folder)
            XCTAssertEqual(result.status, 2, target)
            XCTAssertTrue(result.stderr.contains("inside the bundle x"), result.stderr)
        }
        XCTAssertEqual(try Data(contentsOf: claims), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: bundle.appendingPathComponent("report.txt").path))
        // Beside the bundle is fine.
        XCTAssertEqual(try CLI.run(["review", "x", "--output-file", "report.txt"], in: folder).status, 1)
    }

    func testInfoSaysACoreFileIsADirectory() throws {
        let (folder, bundle) = try freshBundle()
        let claims = bundle.appendingPathComponent("logic/claims.md")
        try FileManager.default.removeItem(at: claims)
        try FileManager.default.createDirectory(at: claims, withIntermediateDirectories: false)
        let info = try CLI.run(["info", "x"], in: folder)
        XCTAssertEqual(info.status, 1)
        XCTAssertTrue(info.stdout.contains("logic/claims.md is a directory, not a file"), info.stdout)
    }
}
