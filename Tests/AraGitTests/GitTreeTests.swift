import AraGit
import AraTestSupport
import XCTest

/// Tree changes and blob ids by path: what capture compares to tell that the
/// main line holds a branch's work.
final class GitTreeTests: XCTestCase {
    func testChangesAndBlobsByPath() throws {
        let scenario = try CaptureScenario.build(
            at: try TestSupport.temporaryDirectory(self).appendingPathComponent("repo"))
        let repository = try GitRepository(at: scenario.fixture.root.path)
        let ids = scenario.commits
        let cosine = try XCTUnwrap(ids["cosine"])
        let batch = try XCTUnwrap(ids["batch"])
        let revert = try XCTUnwrap(ids["revert"])
        let changes = try repository.changes(from: cosine, to: batch)
        XCTAssertEqual(changes.map(\.path), ["train.py"])
        let batchBlob = try XCTUnwrap(changes.first?.blob)
        XCTAssertEqual(try repository.blobs(at: batch, paths: ["train.py"]), [batchBlob])
        // The revert brings back the earlier content: the same blob id.
        XCTAssertEqual(
            try repository.blobs(at: revert, paths: ["train.py"]), try repository.blobs(at: cosine, paths: ["train.py"])
        )
        // A deletion has no blob; an absent path reads as nil too.
        let hack = try XCTUnwrap(ids["hack"])
        let pivot = try XCTUnwrap(ids["pivot"])
        XCTAssertEqual(try repository.changes(from: hack, to: pivot), [GitChange(path: "hack.py", blob: nil)])
        XCTAssertEqual(
            try repository.blobs(at: pivot, paths: ["hack.py", "README.md"]).map { $0 == nil }, [true, false])
        XCTAssertEqual(try repository.changes(from: pivot, to: pivot), [])
    }
}
