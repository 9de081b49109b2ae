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

/// Entries the directory types itself must be typed as `lstat` types them.
final class TypedEntryTests: XCTestCase {
    func testDirectoryTypesAgreeWithLstat() throws {
        let root = try TestSupport.temporaryDirectory(self)
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("dir/sub"), withIntermediateDirectories: true)
        for file in ["a.md", "dir/b.yaml", "dir/sub/c.txt", "é.md"] {
            try "x".write(to: root.appendingPathComponent(file), atomically: false, encoding: .utf8)
        }
        try manager.createSymbolicLink(atPath: root.path + "/link-file", withDestinationPath: "a.md")
        try manager.createSymbolicLink(atPath: root.path + "/link-dir", withDestinationPath: "dir")
        try manager.createSymbolicLink(atPath: root.path + "/link-out", withDestinationPath: "/etc")
        XCTAssertEqual(mkfifo(root.path + "/fifo", 0o600), 0)
        let fileSystem = try BundleFileSystem(root: root)
        var typed = 0
        for directory in ["", "dir", "dir/sub"] {
            for (name, kind) in BundleFileSystem.typedEntries(atPath: fileSystem.absolutePath(directory))
            where name != "." && name != ".." {
                XCTAssertEqual(kind, fileSystem.entryKind(directory.isEmpty ? name : directory + "/" + name), name)
                typed += 1
            }
        }
        // Links and the FIFO are left to lstat; the rest are typed, where the file system types entries.
        XCTAssertTrue(typed == 6 || typed == 0, "\(typed) typed")  // 0 where the file system types nothing
        XCTAssertEqual(
            fileSystem.listFiles().paths, ["a.md", "dir/b.yaml", "dir/sub/c.txt", "link-file", "é.md"])
    }
}
