import AraTestSupport
import AraView
import XCTest

final class HubTests: XCTestCase {
    func testAFolderOfBundlesIsAHubAndLinkedBundlesAreLeftOut() throws {
        let root = try TestSupport.temporaryDirectory(self)
        let manager = FileManager.default
        for name in ["one", "two", "not-a-bundle"] {
            try manager.createDirectory(at: root.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        try Data("# One\n".utf8).write(to: root.appendingPathComponent("one/PAPER.md"))
        try Data("# Two\n".utf8).write(to: root.appendingPathComponent("two/PAPER.md"))
        try manager.createSymbolicLink(
            at: root.appendingPathComponent("linked"), withDestinationURL: root.appendingPathComponent("one"))
        XCTAssertEqual(try SiteServer.bundles(at: root).keys.sorted(), ["one", "two"])
        XCTAssertEqual(try SiteServer.bundles(at: root.appendingPathComponent("one")).keys.sorted(), [""])
        XCTAssertThrowsError(try SiteServer.bundles(at: root.appendingPathComponent("not-a-bundle")))
    }
}
