import Foundation
import XCTest

/// Runs the real `arakit` binary on temporary bundles and checks what a user sees.
final class CLITests: XCTestCase {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `arakit` built beside this test binary (SwiftPM puts every product
    /// of a configuration in one folder); `ARAKIT_BIN` overrides it.
    static var binary: URL {
        if let override = ProcessInfo.processInfo.environment["ARAKIT_BIN"] { return URL(fileURLWithPath: override) }
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle(for: CLITests.self).bundleURL.deletingLastPathComponent(),
        ]
        let folder = candidates.first {
            FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("arakit").path)
        }
        return (folder ?? candidates[0]).appendingPathComponent("arakit")
    }

    func run(_ arguments: [String], in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("arakit-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testInitThenInfoIsClean() throws {
        let root = try temporaryDirectory().appendingPathComponent("paper")
        let created = try run(["init", root.path, "--title", "Sparse attention"])
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(created.stdout.contains("Created"))

        let info = try run(["info", root.path])
        XCTAssertEqual(info.status, 0, info.stderr)
        XCTAssertTrue(info.stdout.hasPrefix("Sparse attention\n"), info.stdout)
        XCTAssertTrue(info.stdout.contains("no diagnostics"))
        XCTAssertFalse(info.stdout.contains("\u{1B}["), "no colour when not a terminal")

        let json = try run(["info", root.path, "--json"])
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
        let root = try temporaryDirectory()
        try Data("mine".utf8).write(to: root.appendingPathComponent("notes.txt"))
        let result = try run(["init", root.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("is not empty") && result.stderr.contains("--force"), result.stderr)
        XCTAssertEqual(try run(["init", root.path, "--force"]).status, 0)
    }

    func testInfoReportsReaderErrorsWithLocationsAndExitOne() throws {
        let root = try temporaryDirectory()
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("trace"), withIntermediateDirectories: true)
        try Data("tree:\n  - id: N01\n   bad: [\n".utf8).write(
            to: root.appendingPathComponent("trace/exploration_tree.yaml"))
        let result = try run(["info", root.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("trace/exploration_tree.yaml:"), result.stdout)
        XCTAssertTrue(result.stdout.contains("R006 error"), result.stdout)
        let json = try run(["info", root.path, "--json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let diagnostic = try XCTUnwrap((object["diagnostics"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(diagnostic.keys), ["code", "severity", "path", "line", "column", "message"])
        XCTAssertEqual(diagnostic["code"] as? String, "R006")
    }

    func testMissingBundleIsAClearErrorWithExitTwo() throws {
        let result = try run(["info", "/nonexistent/bundle"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("error: no bundle at '/nonexistent/bundle'"), result.stderr)
        XCTAssertFalse(result.stderr.contains("Fatal"), "no stack trace for a user mistake")
    }

    func testUsageErrorsExitTwoAndHelpTeaches() throws {
        XCTAssertEqual(try run(["info"]).status, 2)
        XCTAssertEqual(try run(["frobnicate"]).status, 2)
        let help = try run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("Examples:") && help.stdout.contains("arakit info"), help.stdout)
        let infoHelp = try run(["info", "--help"])
        XCTAssertTrue(infoHelp.stdout.contains("--json"))
        let version = try run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertFalse(version.stdout.isEmpty)
    }

    func testCorpusBundlesThroughTheCLI() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/bundles")
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            throw XCTSkip("corpus not found at ../shared/corpus/bundles; corpus CLI test skipped")
        }
        let result = try run(["info", corpus.appendingPathComponent("resnet-ara-example").path, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((object["counts"] as? [String: Int])?["nodes"], 15)
    }
}
