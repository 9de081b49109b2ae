import AraTestSupport
import Foundation
import XCTest

/// `arakit pack`, `verify`, `unpack` and `keygen` as a user runs them, and
/// every tamper case of issue 17 built as a hostile archive by Python's zipfile.
final class SealCLITests: XCTestCase {
    /// A folder with a sealed copy of the example bundle, and a private TMPDIR
    /// inside it so that whatever verify writes can be seen.
    struct Scene {
        let folder: URL
        let temporary: URL
        var archive: URL { folder.appendingPathComponent("tiny.zip") }
        var environment: [String: String] { ["TMPDIR": temporary.path] }
    }

    func sealedScene() throws -> Scene {
        let folder = try TestSupport.temporaryDirectory(self)
        let bundle = folder.appendingPathComponent("tiny-sort")
        try FileManager.default.copyItem(
            at: TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort"), to: bundle)
        let scene = Scene(folder: folder, temporary: folder.appendingPathComponent("tmp"))
        try FileManager.default.createDirectory(at: scene.temporary, withIntermediateDirectories: false)
        let pack = try CLI.run(["pack", "tiny-sort", "-o", "tiny.zip"], in: folder)
        XCTAssertEqual(pack.status, 0, pack.stderr)
        XCTAssertTrue(pack.stdout.contains("sealed "), pack.stdout)
        return scene
    }

    /// A pack killed mid-write leaves `.tiny.zip.arakit-PID-….tmp`; the next
    /// pack to that output removes it once its process is gone, and keeps a
    /// live one's.
    func testPackRemovesTheTemporaryArchiveOfAKilledPack() throws {
        let scene = try sealedScene()
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let dead = ".tiny.zip.arakit-\(ended.processIdentifier)-0A1B.tmp"
        let live = ".tiny.zip.arakit-\(getpid())-0A1B.tmp"
        for name in [dead, live] {
            try Data("half an archive".utf8).write(to: scene.folder.appendingPathComponent(name))
        }
        let pack = try CLI.run(["pack", "tiny-sort", "-o", "tiny.zip"], in: scene.folder)
        XCTAssertEqual(pack.status, 0, pack.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: scene.folder.path)
        XCTAssertFalse(names.contains(dead), "\(names)")
        XCTAssertTrue(names.contains(live), "\(names)")
    }

    func testPackVerifyUnpackRoundTrip() throws {
        let scene = try sealedScene()
        let verify = try CLI.run(["verify", "tiny.zip"], in: scene.folder, environment: scene.environment)
        XCTAssertEqual(verify.status, 0, verify.stderr + verify.stdout)
        XCTAssertTrue(verify.stdout.contains("every SHA-256 matches"), verify.stdout)
        XCTAssertTrue(verify.stdout.contains("signature: none"), verify.stdout)
        let unpack = try CLI.run(["unpack", "tiny.zip", "out"], in: scene.folder, environment: scene.environment)
        XCTAssertEqual(unpack.status, 0, unpack.stderr)
        let claims = "logic/claims.md"
        XCTAssertEqual(
            try Data(contentsOf: scene.folder.appendingPathComponent("out/" + claims)),
            try Data(contentsOf: scene.folder.appendingPathComponent("tiny-sort/" + claims)))
        let again = try CLI.run(["verify", "out", "--json"], in: scene.folder)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("\"files\""), again.stdout)
        // unpack never merges into an existing directory.
        let twice = try CLI.run(["unpack", "tiny.zip", "out"], in: scene.folder)
        XCTAssertEqual(twice.status, 2)
        XCTAssertTrue(twice.stderr.contains("already exists"), twice.stderr)
        XCTAssertEqual(try contents(scene.temporary), [], "verify left its temporary directory behind")
    }

    func testEveryTamperCaseIsExitTwoAndWritesNothingOutside() throws {
        for (name, mode, reason) in Self.tamperCases {
            let scene = try sealedScene()
            let hostile = scene.folder.appendingPathComponent("hostile.zip")
            try HostileZip.make(mode, from: scene.archive, to: hostile, outside: scene.folder)
            let before = try contents(scene.folder)
            let verify = try CLI.run(["verify", "hostile.zip"], in: scene.folder, environment: scene.environment)
            XCTAssertEqual(verify.status, 2, "\(name): \(verify.stdout)")
            XCTAssertTrue(verify.stderr.contains(reason), "\(name): \(verify.stderr)")
            XCTAssertFalse(verify.stderr.contains("Fatal error"), name)
            let unpack = try CLI.run(
                ["unpack", "hostile.zip", "out"], in: scene.folder, environment: scene.environment)
            XCTAssertEqual(unpack.status, 2, "\(name): \(unpack.stdout)")
            XCTAssertEqual(try contents(scene.folder), before, "\(name) wrote outside its temporary directory")
            XCTAssertEqual(try contents(scene.temporary), [], "\(name) left files in the temporary directory")
        }
    }

    /// Name, how HostileZip rewrites the sealed archive, and what the error must say.
    static let tamperCases: [(String, String, String)] = [
        ("changed byte", "change", "changed: PAPER.md"),
        ("added file", "add", "added: logic/extra.md"),
        ("removed file", "remove", "removed: logic/claims.md"),
        ("renamed file", "rename", "added: logic/claims-renamed.md"),
        ("traversal entry", "traversal", "climbs out of the archive"),
        ("absolute entry", "absolute", "is an absolute path"),
        ("symlink entry", "symlink", "is a symbolic link"),
        ("duplicate entry", "duplicate", "appears twice"),
        ("zip bomb", "bomb", "past the 200:1 cap"),
        ("bomb that lies about its size", "liar", "inflates past the size it states"),
    ]

    func testHelpTeachesWithinEightyColumns() throws {
        for command in ["pack", "verify", "unpack", "keygen"] {
            let help = try CLI.run([command, "--help"])
            XCTAssertEqual(help.status, 0, command)
            let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(lines.filter { $0.count > 80 && !$0.hasPrefix("USAGE:") }, [], command)
            XCTAssertTrue(help.stdout.contains("Examples:"), command)
            let examples = lines.drop { !$0.hasPrefix("Examples:") }.prefix { !$0.isEmpty }.dropFirst()
            for line in examples { XCTAssertTrue(line.hasPrefix("  arakit "), "\(command): '\(line)'") }
        }
    }

    /// Every path under `folder`, sorted (the folder itself excluded).
    func contents(_ folder: URL) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        return (enumerator?.allObjects as? [String] ?? []).sorted()
    }
}
