import AraTestSupport
import Foundation
import XCTest

/// `arakit read` as a user or an agent runs it, on a copy of the example bundle.
final class ReadCLITests: XCTestCase {
    func example() throws -> URL {
        try TestSupport.copy(TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort"), in: self)
    }

    func testLevelOneAndAClaimWithItsCells() throws {
        let bundle = try example().path
        let level1 = try CLI.run(["read", bundle, "--budget", "400"])
        XCTAssertEqual(level1.status, 0, level1.stderr)
        XCTAssertTrue(level1.stdout.hasPrefix("# Insertion Sort vs. Merge Sort"), level1.stdout)
        XCTAssertTrue(level1.stdout.contains("- C01 [supported] Insertion sort beats merge sort"), level1.stdout)
        XCTAssertTrue(level1.stdout.contains("- trace: 8 nodes, 2 sessions"), level1.stdout)

        let claim = try CLI.run(["read", bundle, "C1"])
        XCTAssertEqual(claim.status, 0, claim.stderr)
        XCTAssertTrue(claim.stdout.contains("- E01: Size sweep, insertion sort vs. merge sort → "), claim.stdout)
        XCTAssertTrue(
            claim.stdout.contains("- 0.82 ← evidence/tables/table1_crossover.md:13 [8 × insertion (µs)] \"0.82\""),
            claim.stdout)
    }

    func testEveryPointerIsACommandThatReadsOn() throws {
        // Run beside the bundle, as an agent would: the pointers then name it briefly.
        let folder = try example().deletingLastPathComponent()
        var output = try CLI.run(["read", "tiny-sort", "logic", "--budget", "60"], in: folder).stdout
        var seen: [String] = []
        // Follow the last pointer until the list ends: every page is new, and the pages reach the end.
        while let line = output.split(separator: "\n").last, line.hasPrefix("… "), seen.count < 40 {
            let command = try XCTUnwrap(line.range(of: ": arakit read ")).upperBound
            let words = line[command...].split(separator: " ").map {
                String($0).replacingOccurrences(of: "'", with: "")
            }
            let next = try CLI.run(["read"] + words + ["--budget", "60"], in: folder)
            XCTAssertEqual(next.status, 0, "\(line): \(next.stderr)")
            XCTAssertFalse(seen.contains(next.stdout), "pointer loops: \(line)")
            seen.append(next.stdout)
            output = next.stdout
        }
        // The last file of the layer, after every object: the pages reached the end.
        XCTAssertTrue(seen.last?.contains("logic/solution/constraints.md") == true, seen.joined(separator: "\n---\n"))
        XCTAssertGreaterThan(seen.count, 5)
    }

    func testJSONHasTheShapeSpecGives() throws {
        let result = try CLI.run(["read", try example().path, "N01", "--json", "--budget", "300"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(Set(page.keys), ["object", "budget", "estimated_tokens", "sections", "pointers"])
        XCTAssertEqual((page["object"] as? [String: Any])?["kind"] as? String, "node")
        XCTAssertLessThanOrEqual(try XCTUnwrap(page["estimated_tokens"] as? Int), 300)
        let sections = try XCTUnwrap(page["sections"] as? [[String: Any]])
        XCTAssertTrue(sections.contains { ($0["title"] as? String)?.hasPrefix("Children") == true }, "\(sections)")
    }

    func testBadTargetsAndBudgetsAreErrorsThatSayHowToMend() throws {
        let bundle = try example().path
        let cases: [([String], String)] = [
            (["read", bundle, "C99"], "names nothing in the bundle"),
            (["read", bundle, "../../etc/passwd"], "leaves the bundle"),
            (["read", bundle, "logic", "--from", "C99"], "--from C99 is not in the list"),
            (["read", bundle, "--budget", "10"], "--budget must be at least"),
            (["read", bundle, "logic", "--from", "C02", "--budget", "30"], "give a larger --budget"),
            (["read", bundle + "/missing"], "missing"),
        ]
        for (arguments, message) in cases {
            let result = try CLI.run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stdout, "", "\(arguments)")
        }
    }

    func testHelpHasExamplesWithinEightyColumns() throws {
        let help = try CLI.run(["read", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("arakit read my-paper C03"))
        let long = help.stdout.split(separator: "\n").filter { $0.count > 80 && !$0.hasPrefix("USAGE:") }
        XCTAssertEqual(long, [])
    }
}
