import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraReview

/// Error injection into copies of the real corpus bundles: the five kinds the
/// reference evaluation uses (FORMAT-NOTES §7) and the others the review issue
/// names, each found at the file and line where it was injected.
final class CorpusInjectionTests: XCTestCase {
    /// Appends `text` to `path` in a copy of the corpus bundle `name`; returns
    /// the copy and the 1-based line where the appended text begins.
    func inject(_ name: String, _ path: String, append text: String) throws -> (URL, Int) {
        let root = try TestSupport.copy(try TestSupport.requireCorpus().appendingPathComponent(name), in: self)
        let url = root.appendingPathComponent(path)
        let old = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let separator = old.isEmpty || old.hasSuffix("\n") ? "" : "\n"
        try (old + separator + text).write(to: url, atomically: true, encoding: .utf8)
        let line = (old + separator).split(separator: "\n", omittingEmptySubsequences: false).count
        return (root, line)
    }

    func assertFound(
        _ code: String, in root: URL, path: String, line: Int, file: StaticString = #filePath, lineNumber: UInt = #line
    ) throws {
        let before = try Reviewer().review(at: root).findings
        XCTAssertTrue(
            before.contains { $0.code == code && $0.location.path == path && $0.location.line == line },
            "\(code) not reported at \(path):\(line); \(code) findings: \(before.filter { $0.code == code }.map(\.location))",
            file: file, line: lineNumber)
    }

    static let bundles = ["resnet-ara-example", "nanogpt_ara", "the-ara-of-ara"]

    func claim(
        _ id: String, title: String, proof: String = "[E01]", statement: String = "A statement.",
        criteria: String? = "Refuted if the effect is absent."
    ) -> String {
        var text = "\n## \(id): \(title)\n- **Statement**: \(statement)\n- **Status**: hypothesis\n"
        if let criteria { text += "- **Falsification criteria**: \(criteria)\n" }
        return text + "- **Proof**: \(proof)\n"
    }

    // MARK: The five kinds of the reference evaluation

    func testClaimCitingAMissingExperiment() throws {
        for name in Self.bundles {
            let (root, line) = try inject(
                name, BundlePaths.claims, append: claim("C90", title: "Injected", proof: "[E90]"))
            try assertFound("XL001", in: root, path: BundlePaths.claims, line: line + 5)
        }
    }

    func testClaimWithoutFalsificationCriteria() throws {
        for name in Self.bundles {
            let (root, line) = try inject(
                name, BundlePaths.claims, append: claim("C90", title: "Injected", criteria: nil))
            try assertFound("CL001", in: root, path: BundlePaths.claims, line: line + 1)
        }
    }

    func testExperimentNoClaimReferences() throws {
        for name in Self.bundles {
            let (root, line) = try inject(
                name, BundlePaths.experiments,
                append:
                    "\n## E90: Injected\n- **Verifies**: none\n- **Setup**: s\n- **Procedure**: p\n- **Metrics**: m\n")
            try assertFound("EX002", in: root, path: BundlePaths.experiments, line: line + 1)
        }
    }

    func testStatementBroadenedWhileCriteriaStayNarrow() throws {
        let (root, line) = try inject(
            "resnet-ara-example", BundlePaths.claims,
            append: claim(
                "C90", title: "Residual learning helps everywhere",
                statement: "Residual learning removes degradation for any architecture and dataset.",
                criteria: "ResNet-34 fails to beat ResNet-18 on ImageNet."))
        try assertFound("CL005", in: root, path: BundlePaths.claims, line: line + 2)
    }

    func testClaimAdvocatingADeadEnd() throws {
        // resnet's N04 is the dead end "Vanishing-gradient hypothesis".
        let (root, line) = try inject(
            "resnet-ara-example", BundlePaths.claims,
            append: claim("C90", title: "The vanishing-gradient hypothesis explains degradation"))
        try assertFound("CL004", in: root, path: BundlePaths.claims, line: line + 1)
    }

    // MARK: The other kinds

    func testBrokenQuoteAndWrongValue() throws {
        // The quote cites a real line of a real table with words that are not there,
        // and a value that its (true) quote does not say.
        let root = try TestSupport.copy(
            try TestSupport.requireCorpus().appendingPathComponent("resnet-ara-example"), in: self)
        let table = "evidence/tables/table2_imagenet_plain_vs_residual.md"
        let lines = try String(contentsOf: root.appendingPathComponent(table), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let row = try XCTUnwrap(lines.firstIndex { $0.contains("34 layers") }) + 1
        let sources =
            "\n## C90: Injected\n- **Statement**: s\n- **Status**: hypothesis\n- **Falsification criteria**: f\n- **Proof**: [E01]\n- **Sources**:\n  - 28.54 ← `\(table):\(row)` «| 34 layers  | 28.45 |» [result]\n  - 25.30 ← `\(table):\(row)` «28.54 | **25.03**» [result]\n"
        let url = root.appendingPathComponent(BundlePaths.claims)
        let old = try String(contentsOf: url, encoding: .utf8)
        try (old + sources).write(to: url, atomically: true, encoding: .utf8)
        let first = old.split(separator: "\n", omittingEmptySubsequences: false).count + 7
        try assertFound("SR003", in: root, path: BundlePaths.claims, line: first)
        try assertFound("SR004", in: root, path: BundlePaths.claims, line: first + 1)
    }

    func testMissingEvidenceFile() throws {
        let (root, line) = try inject(
            "nanogpt_ara", BundlePaths.experiments,
            append:
                "\n## E90: Injected\n- **Verifies**: C01\n- **Setup**: s\n- **Procedure**: p\n- **Metrics**: m\n- **Evidence**: evidence/tables/injected_missing.md\n"
        )
        try assertFound("XL006", in: root, path: BundlePaths.experiments, line: line + 6)
    }

    func testCycleThroughAlsoDependsOn() throws {
        // N01 is the root of resnet's tree; making it depend on a descendant closes a cycle.
        let root = try TestSupport.copy(
            try TestSupport.requireCorpus().appendingPathComponent("resnet-ara-example"), in: self)
        let url = root.appendingPathComponent(BundlePaths.tree)
        var lines = try String(contentsOf: url, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map(String.init)
        let index = try XCTUnwrap(lines.firstIndex { $0.contains("id: N01") })
        let indent = String(lines[index].prefix { $0 == " " || $0 == "-" }.map { _ in " " })
        lines.insert(indent + "also_depends_on: [N03]", at: index + 1)
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        try assertFound("TR004", in: root, path: BundlePaths.tree, line: index + 1)
    }

    func testDuplicateIDs() throws {
        let (root, line) = try inject("the-ara-of-ara", BundlePaths.claims, append: claim("C03", title: "Duplicate"))
        try assertFound("XL009", in: root, path: BundlePaths.claims, line: line + 1)
    }

    func testUnlistedEvidenceFile() throws {
        let (root, _) = try inject(
            "resnet-ara-example", "evidence/tables/table9_injected.md",
            append:
                "# Table 9: Injected\n\n**Source**: Table 9\n\n**Caption**: c\n\n| a | b |\n|---|---|\n| x | 1.5 |\n")
        try assertFound("EV006", in: root, path: "evidence/tables/table9_injected.md", line: 1)
    }
}
