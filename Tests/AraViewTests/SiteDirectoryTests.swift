import AraTestSupport
import Foundation
import XCTest

@testable import AraView

/// `render` writes each file as it is made into a temporary sibling of DIR,
/// renamed into place at the end (the site is never held whole in memory).
final class SiteDirectoryTests: XCTestCase {
    func names(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testFilesGoInAsTheyComeAndTheSiteReplacesAnEarlierOne() throws {
        let parent = try TestSupport.temporaryDirectory(self)
        let target = parent.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: target.appendingPathComponent("stale.html"))
        XCTAssertThrowsError(try SiteDirectory(target, replacing: false)) {
            XCTAssertEqual($0 as? ViewError, .outputExists(path: target.path))
        }
        let site = try SiteDirectory(target, replacing: true)
        site.add("index.html", Data("first".utf8))
        site.add("claims/c01.html", Data("claim".utf8))
        site.add("index.html", Data("last".utf8))
        XCTAssertEqual(site.count, 2)
        let staging = try XCTUnwrap(try names(parent).first { $0.hasSuffix(".tmp") })
        XCTAssertEqual(
            try String(contentsOf: parent.appendingPathComponent(staging + "/claims/c01.html"), encoding: .utf8),
            "claim", "written before the site is complete")
        try site.commit()
        XCTAssertEqual(try names(parent), ["site"])
        XCTAssertEqual(try names(target), ["claims", "index.html"])
        XCTAssertEqual(try String(contentsOf: target.appendingPathComponent("index.html"), encoding: .utf8), "last")
    }

    func testAnAbandonedSiteLeavesNothing() throws {
        let parent = try TestSupport.temporaryDirectory(self)
        let site = try SiteDirectory(parent.appendingPathComponent("site"), replacing: false)
        site.add("index.html", Data("x".utf8))
        site.abandon()
        XCTAssertEqual(try names(parent), [])
    }
}
