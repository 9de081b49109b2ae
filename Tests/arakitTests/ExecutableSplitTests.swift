import AraCLI
import AraTestSupport
import Foundation
import XCTest

/// `arakit` runs the commands that read and check bundles itself and hands
/// the rest to `arakit-full` beside it (SPEC.md §12.6). These tests hold the
/// point of the split (the light executable loads none of the heavy
/// libraries) and what a user sees at its seam.
final class ExecutableSplitTests: XCTestCase {
    /// Shared libraries that only compile, capture, render, serve and mcp use.
    static let heavyLibraries = ["libpoppler", "libcairo", "libgit2", "libglib", "libcurl"]

    func testTheLightExecutableNeedsNoneOfTheHeavyLibraries() throws {
        let needed = try Self.neededLibraries(CLI.binary)
        XCTAssertFalse(needed.isEmpty, "readelf printed no NEEDED entries for \(CLI.binary.path)")
        let heavy = needed.filter { library in Self.heavyLibraries.contains { library.hasPrefix($0) } }
        XCTAssertEqual(heavy, [], "arakit links libraries only arakit-full should need")
        let full = try Self.neededLibraries(
            CLI.binary.deletingLastPathComponent().appendingPathComponent("arakit-full"))
        XCTAssertTrue(full.contains { $0.hasPrefix("libpoppler-glib") }, "\(full)")
    }

    /// Start-up memory (SPEC.md §12.6): the loader searches every loaded
    /// object's symbol table for each symbol it binds, so neither libstdc++
    /// as a shared library (in the light executables) nor thousands of
    /// exported Swift symbols may come back.
    func testTheExecutablesLinkLibstdcxxInAndExportNoSymbols() throws {
        for name in ["arakit", "arakit-git", "arakit-full"] {
            let binary = CLI.binary.deletingLastPathComponent().appendingPathComponent(name)
            let needed = try Self.neededLibraries(binary)
            XCTAssertFalse(needed.isEmpty, "readelf printed no NEEDED entries for \(binary.path)")
            if name != "arakit-full" {
                XCTAssertFalse(needed.contains { $0.hasPrefix("libstdc++") }, "\(name) needs \(needed)")
            }
            let symbols = try CLI.run(["--dyn-syms", "-W", binary.path], executable: Self.readelf).stdout
            // Swift's own symbols: a sanitizer runtime exports its interceptors.
            let exported = symbols.split(separator: "\n").filter { line in
                let fields = line.split(separator: " ")
                return fields.count >= 8 && fields[1] != "0000000000000000" && fields[4] == "GLOBAL"
                    && fields[7].hasPrefix("$s")
            }
            XCTAssertLessThan(exported.count, 100, "\(name) exports \(exported.count) symbols: \(exported.prefix(5))")
        }
    }

    func testEveryCommandOfTheFullExecutableIsReachableThroughArakit() throws {
        let help = try CLI.run(["--help"])
        XCTAssertEqual(help.status, 0, help.stderr)
        for name in CommandRoot.readingCommands.compactMap({ $0.configuration.commandName }) {
            XCTAssertTrue(help.stdout.contains("\n  \(name) "), "\(name) missing from the help:\n\(help.stdout)")
        }
        for name in ["compile", "capture", "record", "promote", "hooks", "render", "serve", "mcp"] {
            let run = try CLI.run([name, "--help"])
            XCTAssertEqual(run.status, 0, "\(name): \(run.stderr)")
            XCTAssertTrue(run.stdout.contains("USAGE: arakit \(name)"), run.stdout)
        }
    }

    /// The git commands run in `arakit-git`, which needs libgit2 and none
    /// of the other heavy libraries, and holds exactly the commands
    /// `arakit` sends it.
    func testTheGitCommandsRunInAnExecutableWithLibgit2Alone() throws {
        let git = CLI.binary.deletingLastPathComponent().appendingPathComponent(FullExecutable.gitName)
        let needed = try Self.neededLibraries(git)
        XCTAssertTrue(needed.contains { $0.hasPrefix("libgit2") }, "\(needed)")
        let heavy = needed.filter { library in
            Self.heavyLibraries.contains { library.hasPrefix($0) && $0 != "libgit2" }
        }
        XCTAssertEqual(heavy, [], "arakit-git links libraries only arakit-full should need")
        let help = try CLI.run(["--help"], executable: git)
        XCTAssertEqual(help.status, 0, help.stderr)
        let section = help.stdout.components(separatedBy: "SUBCOMMANDS:\n").last ?? ""
        let listed = section.split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.isEmpty }
            .filter { !$0.hasPrefix("   ") }  // a wrapped abstract's next line
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        XCTAssertEqual(listed.filter { $0 != "help" }, FullExecutable.gitCommands, help.stdout)
    }

    /// Alone in a folder, `arakit` still reads and reviews; a command that
    /// needs `arakit-full` says where it looked and how to mend it, exit 2.
    func testWithoutTheFullExecutableReadingWorksAndTheRestSaysWhy() throws {
        let folder = try TestSupport.temporaryDirectory(self)
        let alone = folder.appendingPathComponent("arakit")
        try FileManager.default.copyItem(at: CLI.binary, to: alone)
        let bundle = TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort").path

        let review = try CLI.run(["review", bundle], executable: alone)
        XCTAssertEqual(review.status, 0, review.stderr)
        let compile = try CLI.run(
            ["compile", "--pdf", "x.pdf", "--out", folder.appendingPathComponent("b").path], executable: alone)
        XCTAssertEqual(compile.status, 2)
        XCTAssertTrue(
            compile.stderr.contains(
                "`arakit compile` runs in arakit-full, which cannot be started at \(folder.path)/arakit-full"),
            compile.stderr)
        XCTAssertTrue(compile.stderr.contains("swift build"), compile.stderr)
        let capture = try CLI.run(["capture", "--bundle", bundle], executable: alone)
        XCTAssertEqual(capture.status, 2)
        XCTAssertTrue(
            capture.stderr.contains("`arakit capture` runs in arakit-git, which cannot be started at"),
            capture.stderr)
    }

    private static let readelf = URL(fileURLWithPath: "/usr/bin/readelf")

    private static func neededLibraries(_ binary: URL) throws -> [String] {
        let output = try CLI.run(["-d", binary.path], executable: readelf).stdout
        return output.split(separator: "\n").compactMap { line in
            guard line.contains("(NEEDED)"), let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]")
            else { return nil }
            return String(line[line.index(after: open)..<close])
        }
    }
}
