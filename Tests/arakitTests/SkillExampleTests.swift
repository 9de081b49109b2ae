import AraTestSupport
import Foundation
import XCTest

/// skills/arakit/SKILL.md stays true: its front matter is what agents' tooling
/// reads, and its worked example, replayed on a fresh compile of
/// examples/paper, prints what the file says it prints.
final class SkillExampleTests: XCTestCase {
    static let skill = TestSupport.repositoryRoot.appendingPathComponent("skills/arakit/SKILL.md")

    func testFrontMatterNamesTheSkillAndSaysWhenToUseIt() throws {
        let lines = try TestSupport.text(Self.skill).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.first, "---")
        let end = try XCTUnwrap(lines.dropFirst().firstIndex(of: "---"))
        let keys = Dictionary(
            lines[1..<end].compactMap { line -> (String, String)? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(keys["name"], "arakit", "the name matches the skill's folder")
        let description = try XCTUnwrap(keys["description"])
        XCTAssertTrue((1...1024).contains(description.count), "\(description.count) characters")
    }

    func testWorkedExampleReplaysAsWritten() throws {
        let steps = try Self.steps(in: TestSupport.text(Self.skill))
        XCTAssertGreaterThan(steps.count, 5)
        let folder = try TestSupport.temporaryDirectory(self)
        let paper = TestSupport.repositoryRoot.appendingPathComponent("examples/paper")
        XCTAssertEqual(try shell("'\(paper.path)/make_repo.sh' repo", in: folder).status, 0)
        let compile = try CLI.run(
            [
                "compile", "--pdf", paper.appendingPathComponent("paper.pdf").path, "--repo", "repo", "--out",
                "paper-ara",
            ],
            in: folder)
        XCTAssertEqual(compile.status, 0, compile.stderr)
        for step in steps {
            let run = try shell(step.command, in: folder)
            let printed = run.output + (run.status == 0 ? "" : "[exit \(run.status)]\n")
            XCTAssertEqual(printed, step.output, step.command)
        }
    }

    /// The `$ arakit fill …`, `$ sed …` and `$ arakit review …` lines of the
    /// example and the lines printed under each.
    static func steps(in text: String) -> [(command: String, output: String)] {
        var steps: [(command: String, output: String)] = []
        var inBlock = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inBlock = line == "```console"
                continue
            }
            guard inBlock else { continue }
            if line.hasPrefix("$ ") {
                let command = String(line.dropFirst(2))
                let replayed = ["arakit fill", "arakit review", "sed "].contains { command.hasPrefix($0) }
                steps.append((replayed ? command : "", ""))
            } else if !steps.isEmpty {
                steps[steps.count - 1].output += line + "\n"
            }
        }
        return steps.filter { !$0.command.isEmpty }
    }

    func shell(_ command: String, in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " 2>&1"]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] =
            CLI.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
