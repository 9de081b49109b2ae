import AraTestSupport
import Foundation
import XCTest

/// Runs the real `arakit` binary on temporary bundles and checks what a user sees.
final class CLITests: XCTestCase {
    func testInitThenInfoIsClean() throws {
        let root = try TestSupport.temporaryDirectory(self).appendingPathComponent("paper")
        let created = try CLI.run(["init", root.path, "--title", "Sparse attention"])
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(created.stdout.contains("Created"))

        let info = try CLI.run(["info", root.path])
        XCTAssertEqual(info.status, 0, info.stderr)
        XCTAssertTrue(info.stdout.hasPrefix("Sparse attention\n"), info.stdout)
        XCTAssertTrue(info.stdout.contains("no diagnostics"))
        XCTAssertFalse(info.stdout.contains("\u{1B}["), "no colour when not a terminal")

        let json = try CLI.run(["info", root.path, "--json"])
        XCTAssertEqual(json.status, 0)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let counts = try XCTUnwrap(object["counts"] as? [String: Int])
        XCTAssertEqual(
            Set(counts.keys),
            [
                "claims", "experiments", "concepts", "heuristics", "related_work", "nodes", "dead_ends", "sessions",
                "observations", "evidence_files",
            ])
        XCTAssertEqual(counts["claims"], 1)
        XCTAssertEqual(object["title"] as? String, "Sparse attention")
        XCTAssertEqual((object["diagnostics"] as? [Any])?.count, 0)
    }

    func testInitRefusesNonEmptyDirectoryWithExitTwo() throws {
        let root = try TestSupport.temporaryDirectory(self)
        try Data("mine".utf8).write(to: root.appendingPathComponent("notes.txt"))
        let result = try CLI.run(["init", root.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("is not empty") && result.stderr.contains("--force"), result.stderr)
        XCTAssertEqual(try CLI.run(["init", root.path, "--force"]).status, 0)
    }

    func testInfoReportsReaderErrorsWithLocationsAndExitOne() throws {
        let root = try TestSupport.temporaryDirectory(self)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("trace"), withIntermediateDirectories: true)
        try Data("tree:\n  - id: N01\n   bad: [\n".utf8).write(
            to: root.appendingPathComponent("trace/exploration_tree.yaml"))
        let result = try CLI.run(["info", root.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("trace/exploration_tree.yaml:"), result.stdout)
        XCTAssertTrue(result.stdout.contains("R006 error"), result.stdout)
        let json = try CLI.run(["info", root.path, "--json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let diagnostic = try XCTUnwrap((object["diagnostics"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(diagnostic.keys), ["code", "severity", "path", "line", "column", "message"])
        XCTAssertEqual(diagnostic["code"] as? String, "R006")
    }

    func testMissingBundleIsAClearErrorWithExitTwo() throws {
        let result = try CLI.run(["info", "/nonexistent/bundle"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("error: no bundle at '/nonexistent/bundle'"), result.stderr)
        XCTAssertFalse(result.stderr.contains("Fatal"), "no stack trace for a user mistake")
    }

    func testUsageErrorsExitTwoAndHelpTeaches() throws {
        XCTAssertEqual(try CLI.run(["info"]).status, 2)
        XCTAssertEqual(try CLI.run(["frobnicate"]).status, 2)
        let help = try CLI.run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("Examples:") && help.stdout.contains("arakit info"), help.stdout)
        let infoHelp = try CLI.run(["info", "--help"])
        XCTAssertTrue(infoHelp.stdout.contains("--json"))
        let version = try CLI.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertFalse(version.stdout.isEmpty)
    }

    func testCorpusBundlesThroughTheCLI() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/bundles")
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            throw XCTSkip("corpus not found at ../shared/corpus/bundles; corpus CLI test skipped")
        }
        let result = try CLI.run(["info", corpus.appendingPathComponent("resnet-ara-example").path, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((object["counts"] as? [String: Int])?["nodes"], 15)
    }
}

/// Help that teaches: every example line is whole at 80 columns (ArgumentParser
/// wraps longer ones in the middle of a command line).
final class HelpLayoutTests: XCTestCase {
    func testNoHelpLineIsWrappedAt80Columns() throws {
        for command in [
            [], ["info"], ["init"], ["review"], ["rule"], ["capture"], ["record"], ["promote"], ["hooks"], ["compile"],
            ["search"], ["mcp"],
        ] {
            let help = try CLI.run(command + ["--help"])
            XCTAssertEqual(help.status, 0, "\(command)")
            let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            // The synopsis is ArgumentParser's own and is never wrapped.
            let long = lines.filter { $0.count > 80 && !$0.hasPrefix("USAGE:") }
            XCTAssertEqual(long, [], "arakit \(command.joined(separator: " ")) --help")
            // An example's continuation is never a bare fragment of a command line.
            let examples = lines.drop { !$0.hasPrefix("Examples:") }.prefix { !$0.isEmpty }.dropFirst()
            for line in examples { XCTAssertTrue(line.hasPrefix("  "), "arakit \(command) --help: '\(line)'") }
        }
    }
}
