import AraTestSupport
import Foundation
import XCTest

/// The compile corpus as a test sweep: every PDF of `corpus/latex` (and of
/// `../shared/corpus/pdf-dev` when that folder is there) is compiled and
/// scored by `scripts/bench/compile-score`, and each paper's score is held
/// to the one committed in `corpus/compile-ratchet.json`: a score may rise,
/// never fall (lower it only in the commit that explains why). Misplaced
/// cells, invented objects and crashes must be 0 everywhere.
///
/// The scorer is Python with PyYAML (`make setup` installs both); without
/// them the test is skipped with a message. `ARAKIT_UPDATE_RATCHET=1`
/// rewrites the ratchet file from this run's scores instead of comparing.
final class CorpusRatchetTests: XCTestCase {
    /// The per-paper scores the ratchet holds; booleans count as 0 or 1.
    static let keys = [
        "tables_found", "figures_found", "captions_right", "cells_exact", "title", "authors", "year", "venue",
    ]

    static let root = TestSupport.repositoryRoot
    static let ratchet = root.appendingPathComponent("corpus/compile-ratchet.json")

    func testEveryCorpusPaperScoresAtLeastItsRatchet() throws {
        guard Self.python(["-c", "import yaml"]) == 0 else {
            throw XCTSkip("python3 with PyYAML is not installed (make setup installs it): the corpus sweep is skipped")
        }
        var sets = [Self.root.appendingPathComponent("corpus/latex")]
        let dev = Self.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/pdf-dev")
        if FileManager.default.fileExists(atPath: dev.appendingPathComponent("README.md").path) {
            sets.append(dev)
        } else {
            print("CorpusRatchetTests: \(dev.path) is absent; only corpus/latex is swept")
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "arakit-ratchet-\(ProcessInfo.processInfo.processIdentifier).json")
        defer { try? FileManager.default.removeItem(at: output) }
        var arguments = [
            Self.root.appendingPathComponent("scripts/bench/compile-score").path, "--arakit", CLI.binary.path,
            "--json", output.path,
        ]
        for set in sets { arguments += ["--set", set.path] }
        XCTAssertEqual(Self.python(arguments), 0, "compile-score failed")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any]
        let papers = report?["papers"] as? [[String: Any]] ?? []
        XCTAssertFalse(papers.isEmpty, "compile-score scored no paper")

        var scores: [String: [String: Int]] = [:]
        for paper in papers {
            let name = "\(paper["set"] as? String ?? "?")/\(paper["paper"] as? String ?? "?")"
            var row: [String: Int] = [:]
            for key in Self.keys { row[key] = Self.number(paper[key]) }
            scores[name] = row
            // Never a wrong cell, an invented object or a crash, on any paper.
            XCTAssertEqual(Self.number(paper["misplaced"]), 0, "\(name): cells in another table's file")
            XCTAssertEqual((paper["invented_tables"] as? [Any])?.count ?? 0, 0, "\(name): invented tables")
            XCTAssertEqual((paper["invented_figures"] as? [Any])?.count ?? 0, 0, "\(name): invented figures")
            XCTAssertEqual(paper["crash"] as? Bool, false, "\(name): arakit compile failed: \(paper["error"] ?? "")")
        }

        if ProcessInfo.processInfo.environment["ARAKIT_UPDATE_RATCHET"] != nil {
            // One paper a line, so a change reads as one line of diff.
            let lines = scores.keys.sorted().map { name in
                let row = scores[name] ?? [:]
                let fields = Self.keys.map { "\"\($0)\": \(row[$0] ?? 0)" }.joined(separator: ", ")
                return "  \"\(name)\": {\(fields)}"
            }
            try ("{\n" + lines.joined(separator: ",\n") + "\n}\n").write(
                to: Self.ratchet, atomically: true, encoding: .utf8)
            print("CorpusRatchetTests: wrote \(Self.ratchet.path)")
            return
        }
        let committed =
            try JSONSerialization.jsonObject(with: Data(contentsOf: Self.ratchet)) as? [String: [String: Int]] ?? [:]
        for (name, floor) in committed.sorted(by: { $0.key < $1.key }) {
            let isDev = name.hasPrefix("pdf-dev/")
            guard let row = scores[name] else {
                // The dev set lives outside the repository and may be absent.
                if !(isDev && sets.count == 1) { XCTFail("\(name): in the ratchet but not scored") }
                continue
            }
            for key in Self.keys {
                XCTAssertGreaterThanOrEqual(
                    row[key] ?? 0, floor[key] ?? 0, "\(name): \(key) fell below the ratchet (\(floor[key] ?? 0))")
            }
        }
        for name in scores.keys where committed[name] == nil {
            XCTFail("\(name): scored but not in corpus/compile-ratchet.json (run with ARAKIT_UPDATE_RATCHET=1)")
        }
    }

    private static func number(_ value: Any?) -> Int {
        if let count = value as? Int { return count }
        if let flag = value as? Bool { return flag ? 1 : 0 }
        return (value as? NSNumber)?.intValue ?? 0
    }

    /// Runs python3 with `arguments`, its output discarded; the exit status,
    /// or -1 when python3 cannot be started.
    private static func python(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
