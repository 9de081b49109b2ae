import AraSearch
import AraTestSupport
import Foundation
import MCP
import XCTest

@testable import AraMCP

final class MCPToolTests: XCTestCase {
    private func served() throws -> ServedBundles {
        let root = try TestSupport.bundle(
            [
                "PAPER.md": "---\ntitle: \"Tiny\"\n---\n# Tiny\n",
                "logic/claims.md": "# Claims\n\n## C01: Quicksort pivots\n- **Statement**: median of three.\n",
            ], in: self)
        return try ServedBundles(paths: [root.path])
    }

    private func registry() throws -> ToolRegistry {
        .standard(cache: IndexCache(directory: try TestSupport.temporaryDirectory(self).path), allowWrite: false)
    }

    func testResourcePathsNeverLeaveTheBundle() throws {
        let bundles = try served()
        let name = try XCTUnwrap(bundles.bundles.first?.name)
        let resources = BundleResources(bundles: bundles)
        let outside = try TestSupport.temporaryDirectory(self).appendingPathComponent("secret.txt")
        try "secret".write(to: outside, atomically: false, encoding: .utf8)
        let root = try XCTUnwrap(bundles.bundles.first?.root)
        try FileManager.default.createSymbolicLink(
            at: URL(fileURLWithPath: root + "/logic/link.md"), withDestinationURL: outside)
        // A directory link out of the bundle: every file under it is outside too.
        try FileManager.default.createSymbolicLink(
            at: URL(fileURLWithPath: root + "/src"), withDestinationURL: outside.deletingLastPathComponent())
        for path in [
            "../secret.txt", "logic/../../secret.txt", "%2e%2e/%2E%2E/etc/passwd", "/etc/passwd", "logic/link.md", "",
            "src/secret.txt",
        ] {
            XCTAssertThrowsError(try resources.read(uri: "ara://\(name)/\(path)"), path)
        }
        XCTAssertThrowsError(try resources.read(uri: "file:///etc/passwd"))
        XCTAssertThrowsError(try resources.read(uri: "ara://no-such-bundle/PAPER.md"))
        let paper = try resources.read(uri: "ara://\(name)/PAPER.md")
        XCTAssertEqual(paper.contents.first?.text?.hasPrefix("---\ntitle"), true)
    }

    func testResourceListNamesEveryFile() throws {
        let bundles = try served()
        let prefix = "ara://" + (bundles.bundles.first?.name ?? "") + "/"
        let listed = try BundleResources(bundles: bundles).list(cursor: nil)
        XCTAssertEqual(listed.resources.map(\.uri), [prefix + "PAPER.md", prefix + "logic/claims.md"])
        XCTAssertNil(listed.nextCursor)
    }

    func testToolsAnswerAndRefuseBadArguments() throws {
        let bundles = try served()
        let registry = try registry()
        XCTAssertEqual(
            registry.definitions.map(\.name),
            ["list_bundles", "read", "search", "trace_path", "evidence_for", "review", "pending"])
        let writing = ToolRegistry.standard(
            cache: IndexCache(directory: try TestSupport.temporaryDirectory(self).path), allowWrite: true)
        XCTAssertEqual(writing.definitions.suffix(2).map(\.name), ["fill", "add"])
        let found = registry.call("search", arguments: ["query": "pivots"], bundles: bundles)
        XCTAssertNotEqual(found.isError, true)
        XCTAssertEqual(found.structuredContent?.objectValue?["hits"]?.arrayValue?.first?.objectValue?["id"], "C01")
        for (name, arguments) in [
            ("search", [:]), ("search", ["query": "x", "kind": "nonsense"]), ("search", ["query": "x", "limit": 0]),
            ("search", ["query": .int(3)]), ("review", ["bundle": "missing"]), ("review", ["select": "ZZ999"]),
            ("no_such_tool", [:]),
        ] as [(String, [String: Value])] {
            let result = registry.call(name, arguments: arguments, bundles: bundles)
            XCTAssertEqual(result.isError, true, "\(name) \(arguments)")
        }
    }
}

final class ReadingCacheTests: XCTestCase {
    func testAChangedFileIsReadAgain() throws {
        let root = try TestSupport.bundle(
            ["PAPER.md": "# Tiny\n", "logic/claims.md": "# Claims\n\n## C01: Quicksort pivots\n"], in: self)
        let bundles = try ServedBundles(paths: [root.path])
        let registry = ToolRegistry.standard(
            cache: IndexCache(directory: try TestSupport.temporaryDirectory(self).path), allowWrite: false)
        func title() -> String? {
            let result = registry.call("read", arguments: ["target": "C01"], bundles: bundles)
            return result.structuredContent?.objectValue?["value"]?.objectValue?["block"]?.objectValue?["ref"]?
                .objectValue?["title"]?.stringValue
        }
        XCTAssertEqual(title(), "Quicksort pivots")
        try "# Claims\n\n## C01: Heapsort bounds\n".write(
            to: root.appendingPathComponent("logic/claims.md"), atomically: true, encoding: .utf8)
        XCTAssertEqual(title(), "Heapsort bounds")
    }
}
