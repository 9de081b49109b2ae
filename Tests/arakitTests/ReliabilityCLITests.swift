import AraTestSupport
import Foundation
import XCTest

/// The reproductions of issue 12 as a user runs them: each was a crash, a
/// lost file or a silent pass before.
final class ReliabilityCLITests: XCTestCase {
    func freshBundle(_ name: String = "x") throws -> (folder: URL, bundle: URL) {
        let folder = try TestSupport.temporaryDirectory(self)
        let result = try CLI.run(["init", name], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        return (folder, folder.appendingPathComponent(name))
    }

    func testCarriageReturnsDoNotKillInfoOrReview() throws {
        let (folder, bundle) = try freshBundle()
        try Data("a\r\rb".utf8).write(to: bundle.appendingPathComponent("logic/claims.md"))
        let other = try CLI.run(["init", "y"], in: folder)
        XCTAssertEqual(other.status, 0)
        let info = try CLI.run(["info", "x"], in: folder)
        XCTAssertEqual(info.status, 0, info.stderr)
        XCTAssertTrue(info.stdout.contains("R005"), info.stdout)
        for format in ["text", "json", "sarif", "github"] {
            let review = try CLI.run(["review", "x", "y", "--format", format], in: folder)
            XCTAssertEqual(review.status, 1, "\(format): \(review.stderr)")
            XCTAssertTrue(review.stdout.contains("claims.md"), "\(format): \(review.stdout)")
        }
        let fix = try CLI.run(["review", "x", "--fix"], in: folder)
        XCTAssertEqual(fix.status, 1, fix.stderr)
    }

    func testReportIsNeverWrittenIntoAReviewedBundle() throws {
        let (folder, bundle) = try freshBundle()
        let claims = bundle.appendingPathComponent("logic/claims.md")
        let before = try Data(contentsOf: claims)
        for target in ["x/logic/claims.md", "x/report.txt", "./x/../x/PAPER.md"] {
            let result = try CLI.run(["review", "x", "--output-file", target], in: folder)
            XCTAssertEqual(result.status, 2, target)
            XCTAssertTrue(result.stderr.contains("inside the bundle x"), result.stderr)
        }
        XCTAssertEqual(try Data(contentsOf: claims), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: bundle.appendingPathComponent("report.txt").path))
        // Beside the bundle is fine.
        XCTAssertEqual(try CLI.run(["review", "x", "--output-file", "report.txt"], in: folder).status, 1)
    }

    func testInfoSaysACoreFileIsADirectory() throws {
        let (folder, bundle) = try freshBundle()
        let claims = bundle.appendingPathComponent("logic/claims.md")
        try FileManager.default.removeItem(at: claims)
        try FileManager.default.createDirectory(at: claims, withIntermediateDirectories: false)
        let info = try CLI.run(["info", "x"], in: folder)
        XCTAssertEqual(info.status, 1)
        XCTAssertTrue(info.stdout.contains("logic/claims.md is a directory, not a file"), info.stdout)
    }
}

extension ReliabilityCLITests {
    func testInitNeverWritesThroughASymbolicLink() throws {
        let folder = try TestSupport.temporaryDirectory(self)
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try "mine\n".write(to: elsewhere.appendingPathComponent("claims.md"), atomically: true, encoding: .utf8)
        // A bundle whose logic/ is a link to another folder.
        XCTAssertEqual(try CLI.run(["init", "d"], in: folder).status, 0)
        let logic = folder.appendingPathComponent("d/logic")
        try FileManager.default.removeItem(at: logic)
        try FileManager.default.createSymbolicLink(at: logic, withDestinationURL: elsewhere)
        let forced = try CLI.run(["init", "d", "--force"], in: folder)
        XCTAssertEqual(forced.status, 2)
        XCTAssertTrue(forced.stderr.contains("d/logic' is a symbolic link"), forced.stderr)
        XCTAssertEqual(try String(contentsOf: elsewhere.appendingPathComponent("claims.md"), encoding: .utf8), "mine\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path), ["claims.md"])
        // The bundle directory itself as a link.
        let link = folder.appendingPathComponent("l")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: elsewhere)
        for arguments in [["init", "l"], ["init", "l", "--force"]] {
            let result = try CLI.run(arguments, in: folder)
            XCTAssertEqual(result.status, 2, arguments.joined(separator: " "))
            XCTAssertTrue(result.stderr.contains("symbolic link"), result.stderr)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path), ["claims.md"])
    }
}

extension ReliabilityCLITests {
    static var resnet: URL? {
        let url = TestSupport.repositoryRoot.deletingLastPathComponent().appendingPathComponent(
            "shared/corpus/pdf/resnet-paper.pdf")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    func testStoppedCompileLeavesNothingAndPutsTheOldBundleBack() throws {
        let folder = try TestSupport.temporaryDirectory(self)
        let pdf = TestSupport.repositoryRoot.appendingPathComponent("examples/paper/paper.pdf")
        XCTAssertEqual(try CLI.run(["compile", "--pdf", pdf.path, "--out", "b", "--quiet"], in: folder).status, 0)
        let marker = folder.appendingPathComponent("b/marker.txt")
        try "the user's bundle".write(to: marker, atomically: true, encoding: .utf8)
        // A TERM while the new bundle is being written: poll for its folder, then stop the run.
        var stopped = false
        for _ in 0..<5 where !stopped {
            let run = try CLI.start(["compile", "--pdf", pdf.path, "--out", "b", "--force", "--quiet"], in: folder)
            while run.process.isRunning {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                if names.contains(where: { $0.hasPrefix(".b.arakit-") }) {
                    kill(run.process.processIdentifier, SIGTERM)
                    stopped = true
                    break
                }
                usleep(1_000)
            }
            let result = run.finish()
            if stopped { XCTAssertEqual(result.status, 128 + SIGTERM, result.stderr) }
            XCTAssertEqual(
                try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }, [])
            if !stopped { try "the user's bundle".write(to: marker, atomically: true, encoding: .utf8) }
        }
        try XCTSkipUnless(stopped, "the compile never showed its working folder before it finished")
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: marker.path)
                || FileManager.default.fileExists(
                    atPath: folder.appendingPathComponent("b/PAPER.md").path)
        )
    }

    func testLeftoversOfAKilledCompileAreCleanedByTheNext() throws {
        let folder = try TestSupport.temporaryDirectory(self)
        let pdf = TestSupport.repositoryRoot.appendingPathComponent("examples/paper/paper.pdf")
        // A process that no longer runs left its half-written bundle and, mid-swap, the user's old one aside.
        let dead = "2147483000"
        let staging = folder.appendingPathComponent(".b.arakit-\(dead)")
        let aside = folder.appendingPathComponent(".b.arakit-old-\(dead)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: aside, withIntermediateDirectories: true)
        try "old".write(to: aside.appendingPathComponent("PAPER.md"), atomically: true, encoding: .utf8)
        let refused = try CLI.run(["compile", "--pdf", pdf.path, "--out", "b"], in: folder)
        XCTAssertEqual(refused.status, 2, "the bundle put back is still the user's: --force is needed")
        XCTAssertTrue(refused.stderr.contains("put back b"), refused.stderr)
        XCTAssertEqual(
            try String(contentsOf: folder.appendingPathComponent("b/PAPER.md"), encoding: .utf8), "old")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["b"])
    }
}

extension ReliabilityCLITests {
    /// Peak resident memory of one `arakit` run in MB, from /usr/bin/time.
    func peakMemory(_ arguments: [String], in folder: URL) throws -> (megabytes: Double, run: CLI.Run) {
        let time = URL(fileURLWithPath: "/usr/bin/time")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: time.path), "/usr/bin/time is not installed")
        // `make test-asan` and `make test-tsan` set it: a sanitizer's shadow
        // memory and quarantine are in the peak, which then says nothing of AraKit's.
        let sanitizer = ProcessInfo.processInfo.environment["ARAKIT_SANITIZER"] ?? ""
        try XCTSkipUnless(sanitizer.isEmpty, "peak memory is not measured under the \(sanitizer) sanitizer")
        let process = Process()
        process.executableURL = time
        process.arguments = ["-f", "peak %M"] + [CLI.binary.path] + arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let line = try XCTUnwrap(stderr.split(separator: "\n").last { $0.hasPrefix("peak ") })
        let kilobytes = try XCTUnwrap(Double(line.dropFirst(5)))
        return (
            kilobytes / 1024,
            CLI.Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: stderr)
        )
    }

    /// 60,000 empty tables (listing stops at 50,000) give 200,000 findings:
    /// the SARIF report of them stays within the memory bound too (it took
    /// over a gigabyte, built as one tree of dictionaries).
    func testSARIFOfAHugeReviewStaysWithinTheMemoryBound() throws {
        let (folder, bundle) = try freshBundle()
        let tables = bundle.appendingPathComponent("evidence/tables/many")
        try FileManager.default.createDirectory(at: tables, withIntermediateDirectories: true)
        for index in 0..<60_000 {
            FileManager.default.createFile(atPath: tables.appendingPathComponent("t\(index).md").path, contents: nil)
        }
        let (peak, run) = try peakMemory(["review", "x", "--format", "sarif", "--output-file", "x.sarif"], in: folder)
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertLessThan(peak, 512, "peak \(peak) MB")
        let report = try Data(contentsOf: folder.appendingPathComponent("x.sarif"))
        let log = try XCTUnwrap(try JSONSerialization.jsonObject(with: report) as? [String: Any])
        let runs = try XCTUnwrap(log["runs"] as? [[String: Any]])
        XCTAssertGreaterThan((runs.first?["results"] as? [Any])?.count ?? 0, 150_000)
    }

    func testCostlyMarkdownStaysWithinTheMemoryBound() throws {
        let (folder, bundle) = try freshBundle()
        let shapes = [
            "logic/claims.md": String(repeating: "[a](", count: 1_600_000),
            "evidence/table.md": "| a | b |\n|---|---|\n" + String(repeating: "| 1 | 2 |\n", count: 780_000),
            "logic/experiments.md": String(repeating: "*_`*_`*_`*_`*_`*_`*_`*_`*_`*_`x", count: 250_000),
        ]
        for (path, text) in shapes {
            try text.write(to: bundle.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        for index in 0..<5 {
            try String(repeating: "[a](", count: 199_000).write(
                to: bundle.appendingPathComponent("evidence/near\(index).md"), atomically: true, encoding: .utf8)
        }
        let (peak, run) = try peakMemory(["review", "x", "--statistics"], in: folder)
        XCTAssertEqual(run.status, 1)
        for code in ["R019", "R020"] { XCTAssertTrue(run.stdout.contains(code), run.stdout) }
        XCTAssertLessThan(peak, 512, "peak \(peak) MB")
    }

    func testMemoryDoesNotGrowWithARefusedFile() throws {
        var peaks: [Double] = []
        for count in [250_000, 1_000_000] {
            let (folder, bundle) = try freshBundle()
            try String(repeating: "[a](", count: count).write(
                to: bundle.appendingPathComponent("logic/claims.md"), atomically: true, encoding: .utf8)
            let (peak, run) = try peakMemory(["info", "x"], in: folder)
            XCTAssertTrue(run.stdout.contains("R019"), run.stdout)
            peaks.append(peak)
        }
        XCTAssertLessThan(peaks[1] / peaks[0], 1.5, "peaks \(peaks) MB for a file 4x larger")
    }

    /// `arakit mcp` on a fresh bundle, its input and output, and a watchdog
    /// that ends it after two minutes (cancel it when done).
    func startMCP() throws -> (Process, Pipe, Pipe, DispatchWorkItem) {
        let (_, bundle) = try freshBundle()
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["mcp", bundle.path]
        // A search index goes to a temporary cache, not the user's.
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["ARAKIT_CACHE_DIR": try TestSupport.temporaryDirectory(self).path], uniquingKeysWith: { $1 })
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        return (process, input, output, watchdog)
    }

    /// A line near the 16 MiB cap is read in linear time: the server answers
    /// the request after it at once (reading it took over half a minute).
    func testMCPReadsALongLineQuickly() throws {
        let (process, input, output, watchdog) = try startMCP()
        defer { watchdog.cancel() }
        let initialize =
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","#
            + #""capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#
        let start = Date()
        DispatchQueue.global().async {
            let lines = [Data((initialize + "\n").utf8), Data(repeating: 120, count: 12 << 20) + Data([10])]
            for line in lines + [Data(#"{"jsonrpc":"2.0","id":2,"method":"ping"}"#.utf8 + [10])] {
                try? input.fileHandleForWriting.write(contentsOf: line)
            }
        }
        var received = ""
        while !received.contains(#""id":2"#) {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            received += String(decoding: data, as: UTF8.self)
        }
        let elapsed = Date().timeIntervalSince(start)
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        XCTAssertTrue(received.contains(#""id":2"#), "no answer to the ping after a long line: \(received.prefix(300))")
        XCTAssertLessThan(elapsed, 15, "a 12 MiB line took \(elapsed) s")
        XCTAssertEqual(process.terminationStatus, 0)
    }

    /// A client that writes its requests and closes its side at once gets every
    /// answer, then the server exits 0 (the answers still being worked on were dropped).
    func testMCPAnswersEveryRequestReadBeforeTheInputCloses() throws {
        let (process, input, output, watchdog) = try startMCP()
        defer { watchdog.cancel() }
        let lines = [
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","#
                + #""capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#,
            #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"review","arguments":{}}}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"read","arguments":{}}}"#,
        ]
        try input.fileHandleForWriting.write(contentsOf: Data((lines.joined(separator: "\n") + "\n").utf8))
        try input.fileHandleForWriting.close()
        let received = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let ids = received.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? Int
        }
        XCTAssertEqual(ids.sorted(), [1, 2, 3], received)
        XCTAssertEqual(process.terminationStatus, 0)
    }
}
