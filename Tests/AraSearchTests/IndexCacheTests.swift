import AraSearch
import AraTestSupport
import Foundation
import XCTest

final class IndexCacheTests: XCTestCase {
    func testIndexIsReusedUntilAFileChanges() throws {
        let root = try SearchFixture.bundle(in: self)
        let searcher = try SearchFixture.searcher(in: self)
        XCTAssertEqual(try searcher.search(paths: [root.path], query: "sort").indexed, 1)
        XCTAssertEqual(try searcher.search(paths: [root.path], query: "sort").indexed, 0)

        // Same size, new content: only the time tells.
        let claims = root.appendingPathComponent("logic/claims.md")
        let text = try String(contentsOf: claims, encoding: .utf8)
        try text.replacingOccurrences(of: "Merge", with: "Heaps").write(to: claims, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 5)], ofItemAtPath: claims.path)
        let changed = try searcher.search(paths: [root.path], query: "heaps")
        XCTAssertEqual(changed.indexed, 1)
        XCTAssertEqual(changed.hits.first?.id, "C02")
    }

    func testNewAndRemovedFilesAreNoticed() throws {
        let root = try SearchFixture.bundle(in: self)
        let searcher = try SearchFixture.searcher(in: self)
        XCTAssertTrue(try searcher.search(paths: [root.path], query: "bogosort").hits.isEmpty)
        let added = root.appendingPathComponent("logic/solution/heuristics.md")
        try FileManager.default.createDirectory(
            at: added.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "## H01: Never bogosort\n".write(to: added, atomically: false, encoding: .utf8)
        XCTAssertEqual(try searcher.search(paths: [root.path], query: "bogosort").hits.map(\.id), ["H01"])
        try FileManager.default.removeItem(at: added)
        XCTAssertTrue(try searcher.search(paths: [root.path], query: "bogosort").hits.isEmpty)
    }

    func testNothingIsWrittenIntoTheBundle() throws {
        let root = try SearchFixture.bundle(in: self)
        let before = TestSupport.files(under: root)
        _ = try SearchFixture.searcher(in: self).search(paths: [root.path], query: "sort")
        XCTAssertEqual(TestSupport.files(under: root), before)
    }

    func testCorruptIndexIsRebuilt() throws {
        let root = try SearchFixture.bundle(in: self)
        let searcher = try SearchFixture.searcher(in: self)
        _ = try searcher.search(paths: [root.path], query: "sort")
        let indexes = try FileManager.default.contentsOfDirectory(atPath: searcher.cache.directory)
        XCTAssertEqual(indexes.count, 1)
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: searcher.cache.directory + "/" + indexes[0]))
        let again = try searcher.search(paths: [root.path], query: "sort")
        XCTAssertEqual(again.indexed, 1)
        XCTAssertFalse(again.hits.isEmpty)
    }

    func testLinkOutOfTheBundleIsNotIndexed() throws {
        let root = try SearchFixture.bundle(in: self)
        let outside = try TestSupport.temporaryDirectory(self).appendingPathComponent("secret.md")
        try "## S1: outsider secret\n".write(to: outside, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("logic/secret.md"), withDestinationURL: outside)
        XCTAssertTrue(try SearchFixture.searcher(in: self).search(paths: [root.path], query: "outsider").hits.isEmpty)
    }

    func testCacheLocationFromEnvironment() {
        XCTAssertEqual(IndexCache.fromEnvironment(["ARAKIT_CACHE_DIR": "/c", "HOME": "/h"]).directory, "/c/search")
        XCTAssertEqual(
            IndexCache.fromEnvironment(["XDG_CACHE_HOME": "/x", "HOME": "/h"]).directory, "/x/arakit/search")
        XCTAssertEqual(IndexCache.fromEnvironment(["HOME": "/h"]).directory, "/h/.cache/arakit/search")
    }
}
