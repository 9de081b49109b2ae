import AraTestSupport
import Foundation
import XCTest

/// `arakit review` and `arakit rule` as a user runs them: every format, every exit status.
final class ReviewCLITests: XCTestCase {
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// A copy of examples/tiny-sort with one claim citing a missing experiment,
    /// one heading in the dash dialect, and the working directory it sits in.
    func brokenExample() throws -> (folder: URL, name: String) {
        let folder = try TestSupport.temporaryDirectory(self)
        let root = folder.appendingPathComponent("paper")
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("examples/tiny-sort"), to: root)
        let claims = root.appendingPathComponent("logic/claims.md")
        var text = try String(contentsOf: claims, encoding: .utf8)
        text = text.replacingOccurrences(of: "- **Proof**: [E01]", with: "- **Proof**: [E09]")
        text = text.replacingOccurrences(of: "## C03: ", with: "## C03 — ")
        try text.write(to: claims, atomically: true, encoding: .utf8)
        return (folder, "paper")
    }

    func testCleanBundleExitsZero() throws {
        let result = try CLI.run(["review", Self.repository.appendingPathComponent("examples/tiny-sort").path])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("All checks passed"))
    }

    func testTextFindingsAndExitStatuses() throws {
        let (folder, name) = try brokenExample()
        let result = try CLI.run(["review", name], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(
            result.stdout.contains("paper/logic/claims.md:7:1: XL001 claim C01 cites E09, which does not exist"),
            result.stdout)
        XCTAssertTrue(result.stdout.contains("DR005 [*]"), result.stdout)
        XCTAssertEqual(try CLI.run(["review", name, "--exit-zero"], in: folder).status, 0)
        XCTAssertEqual(try CLI.run(["review", name, "--select", "ST"], in: folder).status, 0)
        let statistics = try CLI.run(["review", name, "--statistics"], in: folder)
        XCTAssertTrue(statistics.stdout.contains("XL001"), statistics.stdout)
    }

    func testUsageAndIOErrorsExitTwo() throws {
        let (folder, name) = try brokenExample()
        let unknown = try CLI.run(["review", name, "--select", "ZZ9"], in: folder)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("unknown rule selector"), unknown.stderr)
        let missing = try CLI.run(["review", "no-such-bundle"], in: folder)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("error: no bundle at 'no-such-bundle'"), missing.stderr)
        XCTAssertEqual(try CLI.run(["review", name, "--fix", "--diff"], in: folder).status, 2)
    }

    func testJSONShape() throws {
        let (folder, name) = try brokenExample()
        let result = try CLI.run(["review", name, "--format", "json"], in: folder)
        XCTAssertEqual(result.status, 1)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["version", "bundle", "findings", "summary"])
        XCTAssertEqual(object["bundle"] as? String, "paper")
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        let first = try XCTUnwrap(findings.first { $0["code"] as? String == "XL001" })
        XCTAssertEqual(
            Set(first.keys), ["code", "severity", "path", "line", "column", "end_line", "message", "fixable", "entity"])
        XCTAssertEqual(first["path"] as? String, "logic/claims.md")
        XCTAssertEqual(first["entity"] as? String, "C01")
        XCTAssertEqual(first["line"] as? Int, 7)
    }

    func testSARIFValidatesAgainstTheOfficialSchema() throws {
        let (folder, name) = try brokenExample()
        let output = folder.appendingPathComponent("review.sarif")
        let result = try CLI.run(["review", name, "--format", "sarif", "--output-file", output.path], in: folder)
        XCTAssertEqual(result.status, 1, result.stderr)
        let log = try XCTUnwrap(
            JSONSerialization.jsonObject(with: try Data(contentsOf: output)) as? [String: Any])
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertTrue(results.contains { $0["fixes"] != nil }, "the dash heading carries a fix")
        let (status, said) = try TestSupport.python([
            Self.repository.appendingPathComponent("scripts/validate-sarif.py").path, output.path,
        ])
        XCTAssertNotEqual(status, 3, "the SARIF schema is not installed; run `make setup`: \(said)")
        XCTAssertEqual(status, 0, said)
    }

    func testGitHubAnnotations() throws {
        let (folder, name) = try brokenExample()
        let result = try CLI.run(["review", name, "--format", "github"], in: folder)
        XCTAssertTrue(
            result.stdout.contains(
                "::error file=paper/logic/claims.md,line=7,col=1,endLine=7,title=XL001::claim C01 cites E09"),
            result.stdout)
    }

    func testDiffChangesNothingAndFixIsIdempotent() throws {
        let (folder, name) = try brokenExample()
        let claims = folder.appendingPathComponent("paper/logic/claims.md")
        let before = try Data(contentsOf: claims)
        let diff = try CLI.run(["review", name, "--diff"], in: folder)
        XCTAssertTrue(diff.stdout.contains("-## C03 — ") && diff.stdout.contains("+## C03: "), diff.stdout)
        XCTAssertEqual(try Data(contentsOf: claims), before)
        let fixed = try CLI.run(["review", name, "--fix"], in: folder)
        XCTAssertEqual(fixed.status, 1, "XL001 is not fixable and remains")
        XCTAssertTrue(fixed.stderr.contains("fixed 1 finding"), fixed.stderr)
        let after = try Data(contentsOf: claims)
        XCTAssertNotEqual(after, before)
        _ = try CLI.run(["review", name, "--fix"], in: folder)
        XCTAssertEqual(try Data(contentsOf: claims), after)
        XCTAssertEqual(try CLI.run(["review", name, "--diff"], in: folder).stdout, "No fixes to apply.\n")
    }

    func testConfigurationFile() throws {
        let (folder, name) = try brokenExample()
        let config = folder.appendingPathComponent("paper/arakit.toml")
        // The broken example's E01 is cited by no claim any more (EX002): ignored with the drift rules.
        try "ignore = [\"DR\", \"EX002\"]\n\n[per-file-ignores]\n\"logic/claims.md\" = [\"XL001\"]\n".write(
            to: config, atomically: true, encoding: .utf8)
        XCTAssertEqual(try CLI.run(["review", name], in: folder).status, 0)
        try "select = [\"ALL\"\n".write(to: config, atomically: true, encoding: .utf8)
        let broken = try CLI.run(["review", name], in: folder)
        XCTAssertEqual(broken.status, 2)
        XCTAssertTrue(broken.stderr.contains("arakit.toml:"), broken.stderr)
    }

    func testManyBundlesStreamInOrder() throws {
        // More bundles than one chunk (64): reports are printed chunk by chunk.
        let example = Self.repository.appendingPathComponent("examples/tiny-sort").path
        let text = try CLI.run(["review"] + Array(repeating: example, count: 70))
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.hasSuffix("All checks passed (70 bundles).\n"), text.stdout)
        let json = try CLI.run(["review", "--format", "json"] + Array(repeating: example, count: 70))
        let reports = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(reports.count, 70)
    }

    func testRuleExplains() throws {
        let one = try CLI.run(["rule", "CL001"])
        XCTAssertEqual(one.status, 0)
        XCTAssertTrue(one.stdout.contains("CL001 claim-missing-field") && one.stdout.contains("How to fix"), one.stdout)
        XCTAssertEqual(try CLI.run(["rule", "claim-missing-field"]).stdout, one.stdout)
        let all = try CLI.run(["rule", "--all", "--json"])
        let list = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        XCTAssertTrue(list.contains { $0["code"] as? String == "DR004" && $0["fixable"] as? Bool == true })
        XCTAssertEqual(try CLI.run(["rule", "XX999"]).status, 2)
    }
}
