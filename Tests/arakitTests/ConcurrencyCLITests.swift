import AraTestSupport
import Foundation
import XCTest

/// Writers of one bundle at once (issue 12, item 4): each takes the bundle
/// lock before it reads what it changes, so none loses another's update.
final class ConcurrencyCLITests: XCTestCase {
    /// A folder with the capture scenario's repository and a new bundle whose
    /// claims heading has a fixable separator (DR005).
    func setup() throws -> URL {
        let root = try TestSupport.temporaryDirectory(self)
        _ = try CaptureScenario.build(at: root.appendingPathComponent("repo"))
        XCTAssertEqual(try CLI.run(["init", "ara"], in: root).status, 0)
        let claims = root.appendingPathComponent("ara/logic/claims.md")
        let text = try String(contentsOf: claims, encoding: .utf8)
        XCTAssertTrue(text.contains("## C01: "))
        try text.replacingOccurrences(of: "## C01: ", with: "## C01 — ").write(
            to: claims, atomically: true, encoding: .utf8)
        return root
    }

    func nodeIDs(_ root: URL) throws -> [String] {
        try String(contentsOf: root.appendingPathComponent("ara/trace/exploration_tree.yaml"), encoding: .utf8)
            .split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- id: N") }
            .map { String($0) }
    }

    func testCaptureRacingAFixLosesNeither() throws {
        for trial in 0..<4 {
            let root = try setup()
            let capture = try CLI.start(["capture", "--repo", "repo", "--bundle", "ara"], in: root)
            let fix = try CLI.start(["review", "ara", "--fix", "--select", "DR"], in: root)
            let captured = capture.finish()
            let fixed = fix.finish()
            XCTAssertEqual(captured.status, 0, "trial \(trial): \(captured.stderr)")
            XCTAssertEqual(fixed.status, 0, "trial \(trial): \(fixed.stdout) \(fixed.stderr)")
            let claims = try String(contentsOf: root.appendingPathComponent("ara/logic/claims.md"), encoding: .utf8)
            XCTAssertTrue(claims.contains("## C01: "), "trial \(trial): the fix was lost")
            XCTAssertEqual(try nodeIDs(root).count, 10, "trial \(trial): captured nodes were lost")
            let again = try CLI.run(["capture", "--repo", "repo", "--bundle", "ara"], in: root)
            XCTAssertTrue(again.stdout.hasPrefix("Nothing new"), "trial \(trial): \(again.stdout)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("ara/.arakit.lock").path))
        }
    }

    func testTwoCapturesAtOnceRecordEachCommitOnce() throws {
        for trial in 0..<4 {
            let root = try setup()
            let runs = try (0..<2).map { _ in try CLI.start(["capture", "--repo", "repo", "--bundle", "ara"], in: root)
            }
            let results = runs.map { $0.finish() }
            XCTAssertEqual(results.map(\.status), [0, 0], "trial \(trial): \(results.map(\.stderr))")
            XCTAssertEqual(
                results.filter { $0.stdout.hasPrefix("Nothing new") }.count, 1,
                "trial \(trial): \(results.map(\.stdout))")
            let index = try String(
                contentsOf: root.appendingPathComponent("ara/trace/sessions/session_index.yaml"), encoding: .utf8)
            let ids = index.split(separator: "\n").filter { $0.hasPrefix("- id: ") }
            XCTAssertEqual(ids.count, Set(ids).count, "trial \(trial): duplicate sessions in\n\(index)")
            XCTAssertEqual(Set(try nodeIDs(root)).count, try nodeIDs(root).count, "trial \(trial)")
        }
    }

    func testAHeldLockIsAClearErrorAfterTheWait() throws {
        let root = try setup()
        // Another process holds the lock (flock(1) takes the same kind of lock).
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [root.appendingPathComponent("ara/.arakit.lock").path, "sleep", "5"]
        try holder.run()
        defer { holder.terminate() }
        usleep(300_000)
        let claims = try Data(contentsOf: root.appendingPathComponent("ara/logic/claims.md"))
        for arguments in [
            ["review", "ara", "--fix"], ["capture", "--repo", "repo", "--bundle", "ara"],
            ["record", "decision", "Use x", "--bundle", "ara"], ["init", "ara", "--force"],
        ] {
            let result = try CLI.run(arguments, in: root, environment: ["ARAKIT_LOCK_TIMEOUT": "0.2"])
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stdout)")
            XCTAssertTrue(
                result.stderr.contains("is being changed by another process"), "\(arguments): \(result.stderr)")
        }
        XCTAssertEqual(try Data(contentsOf: root.appendingPathComponent("ara/logic/claims.md")), claims)
        // Reading needs no lock.
        XCTAssertEqual(try CLI.run(["review", "ara"], in: root).status, 1)
    }

    func testLeftoversOfAnInterruptedFixAreRemovedByTheNextWriter() throws {
        let root = try setup()
        let leftover = root.appendingPathComponent("ara/logic/.claims.md.arakit-5E1D0C3A.tmp")
        try "half a file".write(to: leftover, atomically: false, encoding: .utf8)
        // The reader does not take it for bundle content.
        XCTAssertFalse(try CLI.run(["review", "ara"], in: root).stdout.contains("arakit-5E1D0C3A"))
        let fix = try CLI.run(["review", "ara", "--fix"], in: root)
        XCTAssertTrue(fix.stderr.contains("removed ara/logic/.claims.md.arakit-5E1D0C3A.tmp"), fix.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: leftover.path))
    }
}
