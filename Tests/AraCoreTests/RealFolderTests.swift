import AraTestSupport
import Foundation
import XCTest

@testable import AraCore

/// A folder's real path, found with one `lstat` a component, must be what
/// `realpath` gives, and links (inside or out) must go to `realpath`.
final class RealFolderTests: XCTestCase {
    func testSameAnswerAsRealpath() throws {
        let base = try TestSupport.temporaryDirectory(self)
        let outside = base.appendingPathComponent("outside")
        let bundle = base.appendingPathComponent("bundle")
        let manager = FileManager.default
        for folder in ["bundle/a/b/c", "bundle/é/ü", "outside/x"] {
            try manager.createDirectory(
                at: base.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try manager.createSymbolicLink(atPath: bundle.path + "/in", withDestinationPath: "a/b")
        try manager.createSymbolicLink(atPath: bundle.path + "/out", withDestinationPath: outside.path)
        try "x".write(to: bundle.appendingPathComponent("a/file"), atomically: false, encoding: .utf8)
        // The root named through a link: the real root differs from the path given.
        let linkedRoot = base.appendingPathComponent("root-link")
        try manager.createSymbolicLink(atPath: linkedRoot.path, withDestinationPath: bundle.path)
        for root in [bundle, linkedRoot] {
            let fileSystem = try BundleFileSystem(root: root)
            let folders = [
                "a", "a/b", "a/b/c", "é/ü", "in", "in/c", "out", "out/x", "missing", "a/missing", "a/file", "a//b",
            ]
            for folder in folders {
                let expected = BundleFileSystem.realPath(root.path + "/" + folder)
                XCTAssertEqual(fileSystem.realFolder(folder), expected, "\(root.lastPathComponent): \(folder)")
            }
        }
    }
}
