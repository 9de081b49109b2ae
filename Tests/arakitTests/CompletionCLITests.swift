import AraTestSupport
import Foundation
import XCTest

/// `arakit pending`, `fill` and `add` as an agent runs them, on a copy of
/// examples/tiny-sort whose claim C02 is left pending.
final class CompletionCLITests: XCTestCase {
    static let example = TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort")

    func pendingExample() throws -> URL {
        let root = try TestSupport.copy(Self.example, in: self)
        let claims = root.appendingPathComponent("logic/claims.md")
        var text = try TestSupport.text(claims)
        text = text.replacingOccurrences(
            of: "- **Tags**: crossover, cutoff, cpython", with: "- **Tags**: pending: tag the claim")
        try Data(text.utf8).write(to: claims)
        return root
    }

    func testPendingListsTheFieldAndTheFillCommand() throws {
        let root = try pendingExample()
        let text = try CLI.run(["pending", root.path])
        XCTAssertEqual(text.status, 1, text.stderr)
        XCTAssertTrue(text.stdout.contains("logic/claims.md:19: C02 Tags:"), text.stdout)
        XCTAssertTrue(text.stdout.contains("arakit fill \(root.path) C02 Tags VALUE"), text.stdout)
        let json = try CLI.run(["pending", root.path, "--json"])
        let entries = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(entries.first { $0["field"] as? String == "Tags" }?["command"] as? String, "C02 Tags")
        XCTAssertEqual(try CLI.run(["pending", Self.example.path]).status, 0)
    }

    func testFillWritesRefusesAndErrsWithItsExitStatuses() throws {
        let root = try pendingExample()
        let claims = root.appendingPathComponent("logic/claims.md")
        let basis = "Table 1: at n = 64, insertion 29.90 µs vs. merge 38.36 µs"
        let before = try Data(contentsOf: claims)
        let refused = try CLI.run(
            [
                "fill", root.path, "C02", "Evidence basis", basis.replacingOccurrences(of: "29.90", with: "27.90"),
                "--replace",
            ])
        XCTAssertEqual(refused.status, 1, refused.stderr)
        XCTAssertTrue(refused.stdout.contains("refused: C02 Evidence basis would add 1 finding(s)"), refused.stdout)
        XCTAssertTrue(refused.stdout.contains("EV011 claim C02 states 27.90"), refused.stdout)
        XCTAssertEqual(try Data(contentsOf: claims), before)
        let written = try CLI.run(["fill", root.path, "C02", "Tags", "crossover, cpython", "--json"])
        XCTAssertEqual(written.status, 0, written.stderr)
        let result = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(written.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(result["status"] as? String, "written")
        XCTAssertTrue(try TestSupport.text(claims).contains("- **Tags**: crossover, cpython\n"))
        let missing = try CLI.run(["fill", root.path, "C09", "Tags", "x"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.hasPrefix("error: no object 'C09' in the bundle"), missing.stderr)
    }

    func testAddAcceptsACorrectClaimAndRefusesAFabricatedOne() throws {
        let root = try pendingExample()
        let folder = try TestSupport.temporaryDirectory(self)
        let block = """
            ## C04: Insertion sort is fastest at n = 8
            - **Statement**: At n = 8, insertion sort takes 0.82 µs per sort, less than merge sort.
            - **Status**: supported
            - **Falsification criteria**: Refuted if merge sort is faster at n = 8 in the E01 sweep.
            - **Proof**: [E01]
            - **Dependencies**: none

            """
        let good = folder.appendingPathComponent("c04.md")
        let bad = folder.appendingPathComponent("c04-bad.md")
        try Data(block.utf8).write(to: good)
        try Data(block.replacingOccurrences(of: "0.82", with: "0.81").utf8).write(to: bad)
        let refused = try CLI.run(["add", "claim", root.path, "--from", bad.path])
        XCTAssertEqual(refused.status, 1, refused.stdout + refused.stderr)
        XCTAssertTrue(refused.stdout.contains("EV011 claim C04 states 0.81"), refused.stdout)
        let added = try CLI.run(["add", "claim", root.path, "--from", good.path])
        XCTAssertEqual(added.status, 0, added.stdout + added.stderr)
        XCTAssertTrue(added.stdout.hasPrefix("wrote claim C04 to logic/claims.md"), added.stdout)
        let review = try CLI.run(["review", root.path, "--select", "EV011,XL001,CL001"])
        XCTAssertEqual(review.status, 0, review.stdout)
        let absent = try CLI.run(["add", "claim", root.path, "--from", folder.appendingPathComponent("no.md").path])
        XCTAssertEqual(absent.status, 2)
    }

    func testHelpLinesFitIn80Columns() throws {
        for command in ["pending", "fill", "add"] {
            let help = try CLI.run([command, "--help"])
            XCTAssertEqual(help.status, 0)
            let long = help.stdout.split(separator: "\n").filter { $0.count > 80 && !$0.hasPrefix("USAGE:") }
            XCTAssertEqual(long, [], "arakit \(command) --help")
        }
    }

    /// Two agents filling one bundle at once: the lock orders them, and neither write is lost.
    func testConcurrentFillsBothLand() throws {
        let root = try pendingExample()
        let first = try CLI.start(["fill", root.path, "C02", "Tags", "crossover"])
        let second = try CLI.start(["fill", root.path, "C01", "Tags", "insertion-sort", "--replace"])
        let third = try CLI.start(["fill", root.path, "C03", "Tags", "hybrid", "--replace"])
        for run in [first.finish(), second.finish(), third.finish()] { XCTAssertEqual(run.status, 0, run.stderr) }
        let text = try TestSupport.text(root.appendingPathComponent("logic/claims.md"))
        XCTAssertTrue(text.contains("- **Tags**: crossover\n"), text)
        XCTAssertTrue(text.contains("- **Tags**: hybrid\n"), text)
        XCTAssertTrue(text.contains("- **Tags**: insertion-sort\n"), text)
    }
}
