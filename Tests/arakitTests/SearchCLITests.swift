import AraTestSupport
import Foundation
import XCTest

/// `arakit search` and `arakit mcp` as a user and an agent's client run them.
final class SearchCLITests: XCTestCase {
    private func example() throws -> URL {
        try TestSupport.copy(TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort"), in: self)
    }

    private func cache() throws -> [String: String] {
        ["ARAKIT_CACHE_DIR": try TestSupport.temporaryDirectory(self).path]
    }

    func testSearchPrintsRankedHitsAndJSON() throws {
        let bundle = try example()
        let environment = try cache()
        let text = try CLI.run(["search", bundle.path, "C01", "--limit", "2"], environment: environment)
        XCTAssertEqual(text.status, 0, text.stderr)
        let first = try XCTUnwrap(text.stdout.split(separator: "\n").first)
        XCTAssertTrue(first.hasPrefix(bundle.path + "/logic/claims.md:"), text.stdout)
        XCTAssertTrue(first.contains("  C01 claim  "), text.stdout)
        XCTAssertTrue(text.stderr.contains("indexed 1 of 1 bundles"), text.stderr)

        let json = try CLI.run(["search", bundle.path, "C01", "--json"], environment: environment)
        XCTAssertEqual(json.status, 0)
        XCTAssertEqual(json.stderr, "", "the index was reused")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["query", "hits", "bundles", "indexed"])
        let hit = try XCTUnwrap((object["hits"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(hit.keys), ["bundle", "id", "kind", "title", "path", "line", "text", "score"])
        XCTAssertEqual(hit["id"] as? String, "C01")
    }

    func testNoMatchExitsOneAndBadInputExitsTwo() throws {
        let bundle = try example()
        let environment = try cache()
        let none = try CLI.run(["search", bundle.path, "zyxwvutsr"], environment: environment)
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.stdout.hasPrefix("no match for zyxwvutsr in 1 bundle"), none.stdout)
        for (arguments, message) in [
            ([bundle.path, "x", "--kind", "nonsense"], "unknown kind 'nonsense'"),
            ([bundle.path + "/missing", "x"], "no such file or directory"),
            ([bundle.path, "()"], "no word to search for"),
            ([bundle.path], "give at least one PATH and then the QUERY"),
        ] {
            let run = try CLI.run(["search"] + arguments, environment: environment)
            XCTAssertEqual(run.status, 2, arguments.joined(separator: " "))
            XCTAssertTrue(run.stderr.contains(message), run.stderr)
            XCTAssertFalse(run.stderr.contains("SQLite") || run.stderr.contains("fts5"), run.stderr)
        }
    }

    /// The official Python client drives `arakit mcp` (scripts/mcp-e2e.py): initialise,
    /// list tools, call each, read a resource, and see traversal refused.
    func testMCPServerWithThePythonClient() throws {
        let bundle = try example()
        let script = TestSupport.repositoryRoot.appendingPathComponent("scripts/mcp-e2e.py").path
        let (status, text) = try TestSupport.python(
            [script, "--arakit", CLI.binary.path, "--bundle", bundle.path], environment: try cache())
        if status == 77 { throw XCTSkip(text) }
        XCTAssertEqual(status, 0, text)
        XCTAssertTrue(text.contains("ok   tools/list"), text)
        XCTAssertFalse(text.contains("FAIL"), text)
    }
}
