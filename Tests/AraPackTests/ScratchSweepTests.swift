import AraTestSupport
import Foundation
import XCTest

@testable import AraPack

/// A verify or unpack killed mid-way (SIGKILL: no handler runs) leaves its
/// scratch directory; the next one removes it, and nothing of a live run.
final class ScratchSweepTests: XCTestCase {
    func testLeftoversOfDeadRunsAreRemovedAndNothingElse() throws {
        let parent = try TestSupport.temporaryDirectory(self)
        let dead = try finishedProcessID()
        let names = [
            "arakit-verify-\(dead)-A", "arakit-verify-\(getpid())-B", "arakit-verify-notapid", "other-\(dead)-C",
        ]
        for name in names {
            let folder = parent.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            try Data("x".utf8).write(to: folder.appendingPathComponent("entry"))
        }
        let made = try ScratchDirectory.make(in: parent, name: "arakit-verify")
        defer { made.remove() }
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: parent.path))
        XCTAssertFalse(left.contains(names[0]), "a dead run's scratch is removed")
        XCTAssertTrue(left.isSuperset(of: names.dropFirst()), "a live run's, an unnamed and another tool's stay")
        XCTAssertTrue(made.url.lastPathComponent.hasPrefix("arakit-verify-\(getpid())-"))
    }

    /// A keygen killed between writing and placing its key leaves a
    /// temporary file; the next keygen beside it removes it, and keeps a live one's.
    func testKeygenRemovesTheTemporaryFilesOfDeadKeygens() throws {
        let folder = try TestSupport.temporaryDirectory(self)
        let key = folder.appendingPathComponent("me")
        let dead = ".me.arakit-\(try finishedProcessID())-A.tmp"
        let live = ".me.arakit-\(getpid())-B.tmp"
        for name in [dead, live] { try Data("secret".utf8).write(to: folder.appendingPathComponent(name)) }
        _ = try KeyGenerator.generate(at: key, force: false)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        XCTAssertEqual(left, [live, "me", "me.pub"])
    }

    /// The id of a process that has exited.
    private func finishedProcessID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
