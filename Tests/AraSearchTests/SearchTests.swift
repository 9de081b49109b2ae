import AraSearch
import AraTestSupport
import Foundation
import XCTest

final class SearchTests: XCTestCase {
    func testFindsObjectsWithTheirMatchingLine() throws {
        let root = try SearchFixture.bundle(in: self)
        let result = try SearchFixture.searcher(in: self).search(paths: [root.path], query: "quadratic baseline")
        let hit = try XCTUnwrap(result.hits.first)
        XCTAssertEqual([hit.id, hit.kind.rawValue, hit.path], ["E01", "experiment", "logic/experiments.md"])
        XCTAssertEqual(hit.line, 5)
        XCTAssertEqual(hit.text, "- **Setup**: a quadratic baseline timed on random arrays.")
        XCTAssertEqual(hit.title, "Timing sweep")
    }

    func testIdAndTitleRankTheirObjectFirst() throws {
        let root = try SearchFixture.bundle(in: self)
        let searcher = try SearchFixture.searcher(in: self)
        XCTAssertEqual(try searcher.search(paths: [root.path], query: "C01").hits.first?.id, "C01")
        XCTAssertEqual(try searcher.search(paths: [root.path], query: "merge sort").hits.first?.id, "C02")
    }

    func testKindFilterAndLimit() throws {
        let root = try SearchFixture.bundle(in: self)
        let searcher = try SearchFixture.searcher(in: self)
        let nodes = try searcher.search(paths: [root.path], query: "sort", kind: .node)
        XCTAssertEqual(Set(nodes.hits.map(\.id)), ["N01", "N02"])
        XCTAssertEqual(nodes.hits.first { $0.id == "N02" }?.title, "Shell sort gaps")
        XCTAssertEqual(try searcher.search(paths: [root.path], query: "sort", limit: 2).hits.count, 2)
    }

    func testStemmingPrefixAndPhrase() throws {
        let root = try SearchFixture.bundle(in: self)
        let searcher = try SearchFixture.searcher(in: self)
        XCTAssertEqual(try searcher.search(paths: [root.path], query: "mispredicted").hits.first?.id, "O01")
        XCTAssertEqual(try searcher.search(paths: [root.path], query: "mispred*").hits.first?.id, "O01")
        XCTAssertEqual(try searcher.search(paths: [root.path], query: "\"random arrays\"").hits.first?.id, "E01")
        XCTAssertTrue(try searcher.search(paths: [root.path], query: "\"arrays random\"").hits.isEmpty)
    }

    func testFencedHeadingIsNoObject() throws {
        let root = try SearchFixture.bundle(in: self)
        let hits = try SearchFixture.searcher(in: self).search(paths: [root.path], query: "fence").hits
        XCTAssertEqual(hits.map(\.id), ["C01"])
    }

    func testAnyWordWhenNoObjectHasAll() throws {
        let root = try SearchFixture.bundle(in: self)
        let hits = try SearchFixture.searcher(in: self).search(paths: [root.path], query: "shell zebra").hits
        XCTAssertEqual(hits.first?.id, "N02")
    }

    func testHostileQueriesNeverReachSQLiteAsSyntax() throws {
        let root = try SearchFixture.bundle(in: self)
        let searcher = try SearchFixture.searcher(in: self)
        let hostile = [
            "sort OR", "NEAR(sort merge)", "sort NOT merge", "title:sort", "^sort", "sort\"", "\"\"\"",
            "(sort", "sort)", "'; DROP TABLE objects; --", "sort AND AND", "{title body}: sort", "sort\u{0}merge",
            "*sort", "-sort", "+sort", String(repeating: "sort ", count: 5_000), "C01*", "a\"b\"c",
            // A quote followed by a combining mark is one Character that is not a quote (found by make fuzz).
            "\"sort\"\u{05B9}", "sort \"\u{0301}merge", "\"\u{0301}",
        ]
        for query in hostile {
            do {
                _ = try searcher.search(paths: [root.path], query: query)
            } catch {
                XCTAssertEqual(error, .emptyQuery, "query \(query.prefix(40)) failed with \(error)")
            }
        }
        XCTAssertThrowsError(try searcher.search(paths: [root.path], query: " ** () \"\" ")) {
            XCTAssertEqual($0 as? SearchError, .emptyQuery)
        }
        // NOT is a word, not an operator: as an operator it would drop C02, the one object with "merge".
        let hits = try searcher.search(paths: [root.path], query: "sort NOT merge", limit: 20).hits
        XCTAssertTrue(hits.contains { $0.id == "C02" })
    }

    func testPathErrors() throws {
        let searcher = try SearchFixture.searcher(in: self)
        let empty = try TestSupport.temporaryDirectory(self)
        XCTAssertThrowsError(try searcher.search(paths: [empty.path + "/missing"], query: "x")) {
            XCTAssertEqual($0 as? SearchError, .pathNotFound(empty.path + "/missing"))
        }
        XCTAssertThrowsError(try searcher.search(paths: [empty.path], query: "x")) {
            XCTAssertEqual($0 as? SearchError, .noBundles(empty.path))
        }
    }

    func testFolderOfBundlesIsSearchedWhole() throws {
        let folder = try TestSupport.temporaryDirectory(self)
        for name in ["one", "two"] {
            let root = try SearchFixture.bundle(in: self)
            try FileManager.default.moveItem(at: root, to: folder.appendingPathComponent(name))
        }
        let result = try SearchFixture.searcher(in: self).search(paths: [folder.path], query: "C02", limit: 5)
        XCTAssertEqual(result.bundles, 2)
        XCTAssertEqual(Set(result.hits.prefix(2).map(\.bundle)), [folder.path + "/one", folder.path + "/two"])
    }
}
