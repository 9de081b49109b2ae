import AraCapture
import AraGit
import AraTestSupport
import XCTest

final class HookTests: XCTestCase {
    func testInstallChainsAndUninstallRestoresExactly() throws {
        let root = try TestSupport.temporaryDirectory(self)
        let git = try GitFixture(at: root.appendingPathComponent("repo"))
        let hooks = root.appendingPathComponent("repo/.git/hooks")
        let existing = hooks.appendingPathComponent("post-commit")
        let original = "#!/bin/sh\necho mine >> \"$(dirname \"$0\")/ran\"\n"
        try Data(original.utf8).write(to: existing)
        try FileManager.default.setAttributes([.posixPermissions: 0o750], ofItemAtPath: existing.path)
        let repository = try GitRepository(at: git.root.path)

        let bundle = root.appendingPathComponent("ara")
        let changes = try HookInstaller.install(
            repository: repository, bundle: bundle, executable: "/nonexistent/arakit")
        XCTAssertEqual(changes.map(\.action), ["chained", "installed", "installed"])
        XCTAssertEqual(try TestSupport.text(hooks.appendingPathComponent("post-commit.pre-arakit")), original)
        let script = try TestSupport.text(existing)
        XCTAssertTrue(script.contains("capture --quiet --repo '\(git.root.path)/' --bundle '\(bundle.path)'"))
        // Installing again updates arakit's hooks and never chains them to themselves.
        XCTAssertEqual(
            try HookInstaller.install(repository: repository, bundle: bundle, executable: "/nonexistent/arakit").map(
                \.action),
            ["updated", "updated", "updated"])

        // A commit runs the chained hook; the failing capture does not block it.
        try git.commit("Work", date: "2026-01-05T10:00:00+00:00")
        XCTAssertEqual(try TestSupport.text(hooks.appendingPathComponent("ran")), "mine\n")
        XCTAssertEqual(try git.git("rev-list", "--count", "HEAD"), "1")

        XCTAssertEqual(
            try HookInstaller.uninstall(repository: repository).map(\.action), ["restored", "removed", "removed"])
        XCTAssertEqual(try TestSupport.text(existing), original)
        let mode = try FileManager.default.attributesOfItem(atPath: existing.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o750)
        XCTAssertFalse(FileManager.default.fileExists(atPath: hooks.appendingPathComponent("post-merge").path))
        XCTAssertEqual(try HookInstaller.uninstall(repository: repository).map(\.action), ["not ours"])
    }

    func testForeignHookIsLeftAlone() throws {
        let root = try TestSupport.temporaryDirectory(self)
        let git = try GitFixture(at: root.appendingPathComponent("repo"))
        let hook = root.appendingPathComponent("repo/.git/hooks/post-merge")
        try Data("#!/bin/sh\n".utf8).write(to: hook)
        let changes = try HookInstaller.uninstall(repository: try GitRepository(at: git.root.path))
        XCTAssertEqual(changes.map(\.action), ["not ours"])
        XCTAssertEqual(try TestSupport.text(hook), "#!/bin/sh\n")
    }
}
