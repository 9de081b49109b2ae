import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraReview

/// One case per rule: a change to a copy of examples/tiny-sort (which reviews
/// clean) that the rule must report, at the file and line given.
final class RuleTests: XCTestCase {
    struct Case {
        var code: String
        var edits: [(path: String, edit: (String) -> String)]
        var path: String
        /// The expected line is the first line of `path` containing this text (line 1 when nil).
        var marker: String?
        /// Take the last line containing the marker instead of the first.
        var last = false
    }

    static func replace(_ old: String, _ new: String) -> (String) -> String {
        { text in
            precondition(text.contains(old), "fixture text not found: \(old)")
            return text.replacingFirst(old, with: new)
        }
    }

    static func append(_ extra: String) -> (String) -> String { { $0 + extra } }
    static func write(_ text: String) -> (String) -> String { { _ in text } }

    static let claims = "logic/claims.md"
    static let experiments = "logic/experiments.md"
    static let tree = "trace/exploration_tree.yaml"
    static let table1 = "evidence/tables/table1_crossover.md"
    static let derived = "evidence/tables/derived_table1_speedup.md"
    static let table = "\n| a | b |\n|---|---|\n| x | 1.5 |\n"

    static var cases: [Case] {
        [
            Case(code: "ST001", edits: [("logic/concepts.md", { _ in "" })], path: "logic/concepts.md"),
            Case(code: "ST002", edits: [("logic/concepts.md", write("# Concepts\n"))], path: "logic/concepts.md"),
            Case(code: "ST003", edits: [("PAPER.md", replace("## Layer Index", "## Contents"))], path: "PAPER.md"),
            Case(
                code: "ST004", edits: [("PAPER.md", replace("](logic/claims.md)", "](logic/claimz.md)"))],
                path: "PAPER.md", marker: "claimz"),
            Case(
                code: "ST005",
                edits: [("PAPER.md", { RuleTests.dropLine(containing: "](logic/related_work.md)", in: $0) })],
                path: "PAPER.md",
                marker: "## Layer Index"),
            Case(
                code: "ST006", edits: [("PAPER.md", replace("8-node DAG", "9-node DAG"))], path: "PAPER.md",
                marker: "9-node"),
            Case(
                code: "ST007", edits: [(claims, { $0.replacingOccurrences(of: "## C0", with: "## Claim ") })],
                path: claims),
            Case(
                code: "ST008",
                edits: [
                    ("logic/solution/heuristics.md", replace("- **Code ref**: src/execution/hybrid_sort.py\n", ""))
                ],
                path: "logic/solution/heuristics.md", marker: "## H01"),
            Case(
                code: "ST009",
                edits: [("logic/related_work.md", { $0.replacingFirst("- **Type**:", with: "- **Kind**:") })],
                path: "logic/related_work.md", marker: "## RW01"),
            Case(
                code: "ST010", edits: [("logic/concepts.md", append("\n## Empty concept\n"))],
                path: "logic/concepts.md",
                marker: "## Empty concept"),
            Case(
                code: "FM001", edits: [("PAPER.md", { RuleTests.dropLine(containing: "year:", in: $0) })],
                path: "PAPER.md"),
            Case(
                code: "FM002", edits: [("PAPER.md", replace("year: \"2026\"", "year: \"soon\""))], path: "PAPER.md",
                marker: "year:"),
            Case(
                code: "FM003",
                edits: [("PAPER.md", replace("authors:\n- \"AraKit project\"", "authors: \"A. Author, B. Author\""))],
                path: "PAPER.md", marker: "authors:"),
            Case(
                code: "CL001", edits: [(claims, { RuleTests.dropLine(containing: "Falsification criteria", in: $0) })],
                path: claims,
                marker: "## C01"),
            Case(
                code: "CL002", edits: [(claims, replace("- **Status**: supported", "- **Status**: mostly true"))],
                path: claims, marker: "mostly true"),
            Case(
                code: "CL003", edits: [(claims, replace("- **Proof**: [E01]", "- **Proof**: qualitative reasoning"))],
                path: claims, marker: "qualitative reasoning"),
            Case(
                code: "CL004",
                edits: [
                    (
                        claims,
                        append(
                            "\n## C04: Use the built-in list.sort() as the merge-sort side\n- **Statement**: Timsort stands in for merge sort.\n- **Status**: hypothesis\n- **Falsification criteria**: x\n- **Proof**: [E01]\n"
                        )
                    )
                ], path: claims, marker: "## C04"),
            Case(
                code: "CL005",
                edits: [
                    (
                        claims,
                        append(
                            "\n## C04: Insertion sort wins\n- **Statement**: Insertion sort beats merge sort for any input size.\n- **Status**: hypothesis\n- **Falsification criteria**: Refuted if merge sort wins at n = 8 under CPython-3.11.\n- **Proof**: [E01]\n"
                        )
                    )
                ], path: claims, marker: "for any input size"),
            Case(
                code: "CL006",
                edits: [
                    (
                        claims,
                        replace(
                            "- **Statement**: On small arrays of random integer keys, a pure-Python insertion sort",
                            "- **Statement**: A pure-Python insertion sort")
                    )
                ], path: claims, marker: "- **Statement**: A pure-Python insertion sort"),
            Case(
                code: "EX001", edits: [(experiments, { RuleTests.dropLine(containing: "- **Metrics**", in: $0) })],
                path: experiments,
                marker: "## E01"),
            Case(
                code: "EX002",
                edits: [
                    (
                        experiments,
                        append(
                            "\n## E03: Extra\n- **Verifies**: C09\n- **Setup**: s\n- **Procedure**: p\n- **Metrics**: m\n"
                        )
                    )
                ], path: experiments, marker: "## E03"),
            Case(
                code: "TR001",
                edits: [(tree, { RuleTests.dropLine(containing: "lesson: \"Compare two sorts", in: $0) })], path: tree,
                marker: "id: N03"),
            Case(
                code: "TR002", edits: [(tree, replace("id: N04", "id: N03"))], path: tree, marker: "id: N03", last: true
            ),
            Case(
                code: "TR003",
                edits: [(tree, replace("  type: dead_end\n", "  type: dead_end\n      also_depends_on: [N99]\n"))],
                path: tree, marker: "also_depends_on: [N99]"),
            Case(
                code: "TR004",
                edits: [(tree, replace("    type: decision\n", "    type: decision\n    also_depends_on: [N03]\n"))],
                path: tree, marker: "id: N02"),
            Case(
                code: "TR005",
                edits: [
                    (
                        tree,
                        replace(
                            "      lesson: \"Compare two sorts written in the same language and style, or the measurement is about the implementation language, not the algorithm.\"\n",
                            "      lesson: \"Compare two sorts written in the same language and style, or the measurement is about the implementation language, not the algorithm.\"\n      children:  # under a dead end\n      - id: N90\n        type: question\n        title: \"x\"\n        support_level: inferred\n        description: \"d\"\n"
                        )
                    )
                ], path: tree, marker: "# under a dead end"),
            Case(
                code: "TR006",
                edits: [
                    (
                        tree,
                        replace(
                            "      support_level: explicit\n      source_refs:\n      - \"trace/sessions/2026-11-02_001.yaml\"\n      hypothesis:",
                            "      support_level: explicit  # no sources\n      hypothesis:")
                    )
                ], path: tree, marker: "# no sources"),
            Case(
                code: "TR007", edits: [(tree, replace("support_level: explicit", "support_level: likely"))], path: tree,
                marker: "support_level: likely"),
            Case(
                code: "TR008",
                edits: [
                    (
                        "trace/sessions/session_index.yaml",
                        append("- id: \"2026-12-01_001\"\n  timestamp: \"2026-12-01\"\n  summary: \"lost\"\n")
                    )
                ], path: "trace/sessions/session_index.yaml", marker: "2026-12-01_001"),
            Case(
                code: "TR009",
                edits: [
                    (
                        "trace/sessions/2026-12-02_001.yaml",
                        write("session:\n  id: \"2026-12-02_001\"\n  timestamp: \"2026-12-02\"\n  summary: \"extra\"\n")
                    )
                ], path: "trace/sessions/2026-12-02_001.yaml"),
            Case(
                code: "TR010", edits: [(tree, { $0.replacingFirst("  support_level: explicit\n", with: "") })],
                path: tree,
                marker: "id: N01"),
            Case(
                code: "TR011",
                edits: [
                    (
                        tree,
                        append(
                            "root:\n  id: N99\n  type: question\n  title: Second top\n  support_level: explicit\n"
                        )
                    )
                ], path: tree, marker: "root:"),
            Case(
                code: "EV001", edits: [(table1, { RuleTests.dropLine(containing: "**Caption**", in: $0) })],
                path: table1),
            Case(
                code: "EV002",
                edits: [
                    (
                        "evidence/tables/table2_empty.md",
                        write("# Table 2: E\n\n**Source**: Table 2\n\n**Caption**: c\n")
                    )
                ],
                path: "evidence/tables/table2_empty.md"),
            Case(
                code: "EV003",
                edits: [
                    (
                        "evidence/tables/table3_x.md",
                        write("# Table 3: X\n\n**Source**: Table 4\n\n**Caption**: c\n" + table)
                    )
                ],
                path: "evidence/tables/table3_x.md", marker: "**Source**"),
            Case(
                code: "EV004",
                edits: [
                    (
                        "evidence/figures/figure1_crossover.md",
                        { RuleTests.dropLine(containing: "**Figure type**", in: $0) }
                    )
                ],
                path: "evidence/figures/figure1_crossover.md"),
            Case(
                code: "EV005",
                edits: [(table1, replace("**Extraction type**", "**Screenshot**: nothere.png\n\n**Extraction type**"))],
                path: table1, marker: "**Screenshot**"),
            Case(
                code: "EV006",
                edits: [
                    (
                        "evidence/tables/table5_extra.md",
                        write("# Table 5: X\n\n**Source**: Table 5\n\n**Caption**: c\n" + table)
                    )
                ],
                path: "evidence/tables/table5_extra.md"),
            Case(
                code: "EV007", edits: [("evidence/README.md", append("\n- [tables/missing.md](tables/missing.md)\n"))],
                path: "evidence/README.md", marker: "tables/missing.md"),
            Case(
                code: "EV008", edits: [(derived, replace("| 8 | 0.82 |", "| 8 | 0.83 |"))], path: derived,
                marker: "| 8 | 0.83 |"),
            Case(code: "EV009", edits: [(derived, replace("| 4.67 |", "| 4.76 |"))], path: derived, marker: "| 4.76 |"),
            Case(
                code: "EV010", edits: [(derived, { RuleTests.dropLine(containing: "**Derived from**", in: $0) })],
                path: derived),
            Case(
                code: "EV011", edits: [(claims, replace("insertion 0.82 µs", "insertion 0.92 µs"))], path: claims,
                marker: "0.92 µs"),
            Case(
                code: "EV012",
                edits: [
                    (
                        "evidence/tables/table6_sub.md",
                        write(
                            "# Table 6: S\n\n**Source**: Table 6\n\n**Caption**: c\n\n**Derived from**: Table 1\n"
                                + table)
                    )
                ], path: "evidence/tables/table6_sub.md"),
            Case(
                code: "SR001",
                edits: [
                    (
                        claims,
                        replace(
                            "- **Dependencies**: none",
                            "- **Sources**:\n  - 0.82 ← `evidence/tables/table1_crossover.md:13`\n- **Dependencies**: none"
                        )
                    )
                ],
                path: claims, marker: "- 0.82 ←"),
            Case(
                code: "SR002",
                edits: [
                    (
                        claims,
                        replace(
                            "- **Dependencies**: none",
                            "- **Sources**:\n  - 0.82 ← `runs/log.txt:3` «0.82»\n- **Dependencies**: none")
                    )
                ],
                path: claims, marker: "- 0.82 ←"),
            Case(
                code: "SR003",
                edits: [
                    (
                        claims,
                        replace(
                            "- **Dependencies**: none",
                            "- **Sources**:\n  - 0.82 ← `evidence/tables/table1_crossover.md:13` «| 8 | 0.28 |» [result]\n- **Dependencies**: none"
                        )
                    )
                ],
                path: claims, marker: "- 0.82 ←"),
            Case(
                code: "SR004",
                edits: [
                    (
                        claims,
                        replace(
                            "- **Dependencies**: none",
                            "- **Sources**:\n  - 0.84 ← `evidence/tables/table1_crossover.md:13` «| 8 | 0.82 |» [result]\n- **Dependencies**: none"
                        )
                    )
                ],
                path: claims, marker: "- 0.84 ←"),
            Case(
                code: "XL001", edits: [(claims, replace("- **Proof**: [E01]", "- **Proof**: [E09]"))], path: claims,
                marker: "[E09]"),
            Case(
                code: "XL002", edits: [(experiments, replace("- **Verifies**: C01, C02", "- **Verifies**: C01, C07"))],
                path: experiments, marker: "C07"),
            Case(
                code: "XL003", edits: [(claims, replace("- **Dependencies**: [C01]", "- **Dependencies**: [C08]"))],
                path: claims, marker: "[C08]"),
            Case(
                code: "XL004", edits: [(claims, replace("- **Dependencies**: none", "- **Dependencies**: [C02]"))],
                path: claims, marker: "[C02]"),
            Case(
                code: "XL005",
                edits: [
                    (
                        "logic/solution/heuristics.md",
                        replace("- **Code ref**: src/execution/hybrid_sort.py", "- **Code ref**: src/execution/gone.py")
                    )
                ],
                path: "logic/solution/heuristics.md", marker: "gone.py"),
            Case(
                code: "XL011",
                edits: [
                    (
                        experiments,
                        replace(
                            "- **Evidence**: evidence/tables/table1_crossover.md",
                            "- **Evidence**: /home/me/runs/table1.md, evidence/tables/table1_crossover.md")
                    )
                ],
                path: experiments, marker: "/home/me"),
            Case(
                code: "XL006",
                edits: [
                    (
                        experiments,
                        replace(
                            "- **Evidence**: evidence/tables/table1_crossover.md",
                            "- **Evidence**: evidence/tables/nothere.md")
                    )
                ],
                path: experiments, marker: "nothere.md"),
            Case(
                code: "XL007", edits: [(tree, replace("evidence: [C01, C02]", "evidence: [C01, C09]"))], path: tree,
                marker: "C09"),
            Case(
                code: "XL008", edits: [(tree, replace("evidence: [C01, C02]", "evidence: [C01, O01]"))], path: tree,
                marker: "O01"),
            Case(
                code: "XL009",
                edits: [
                    (
                        claims,
                        append(
                            "\n## C01: Duplicate\n- **Statement**: s\n- **Status**: hypothesis\n- **Falsification criteria**: f\n- **Proof**: [E01]\n"
                        )
                    )
                ],
                path: claims, marker: "## C01: Duplicate"),
            Case(
                code: "XL010", edits: [(experiments, replace("## E02:", "## E2:"))], path: experiments, marker: "## E2:"
            ),
            Case(
                code: "DR001",
                edits: [
                    (
                        tree,
                        write(
                            "root:\n  id: N01\n  type: question\n  title: \"t\"\n  support_level: inferred\n  description: \"d\"\n"
                        )
                    )
                ],
                path: tree, marker: "root:"),
            Case(
                code: "DR002", edits: [(tree, replace("failure_mode:", "why_failed:"))], path: tree,
                marker: "why_failed:"),
            Case(
                code: "DR003", edits: [(tree, replace("rationale:", "justification:"))], path: tree,
                marker: "justification:"),
            Case(
                code: "DR004",
                edits: [
                    (tree, replace("from:", "prior_direction:")),
                    ("arakit.toml", write("pivot-keys = \"from-to-trigger\"\n")),
                ], path: tree,
                marker: "prior_direction:"),
            Case(code: "DR005", edits: [(claims, replace("## C01: ", "## C01 — "))], path: claims, marker: "## C01 —"),
            Case(
                code: "DR006", edits: [(claims, replace("- **Status**: supported", "- **Status:** supported"))],
                path: claims, marker: "**Status:**"),
            Case(
                code: "DR007", edits: [(tree, replace("evidence: [C03]", "evidence: C03"))], path: tree,
                marker: "evidence: C03"),
        ]
    }

    static func dropLine(containing text: String, in source: String) -> String {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { $0.contains(text) }) else {
            preconditionFailure("no line with \(text)")
        }
        lines.remove(at: index)
        return lines.joined(separator: "\n")
    }

    static var example: URL { TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort") }

    func testTheExampleReviewsClean() throws {
        let review = try Reviewer().review(at: Self.example)
        XCTAssertEqual(review.findings.map { "\($0.location) \($0.code) \($0.message)" }, [])
    }

    func testEveryRuleHasACase() {
        let covered = Set(Self.cases.map(\.code))
        let missing = RuleRegistry.rules.map(\.description.code).filter { !covered.contains($0) }
        XCTAssertEqual(missing, [], "rules without an injection case")
    }

    func testEachRuleFindsItsInjectionAtTheRightLine() throws {
        for testCase in Self.cases {
            let root = try TestSupport.copy(Self.example, in: self)
            for (path, edit) in testCase.edits {
                let url = root.appendingPathComponent(path)
                let old = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
                let new = edit(old)
                if new.isEmpty {
                    try FileManager.default.removeItem(at: url)
                } else {
                    try FileManager.default.createDirectory(
                        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try new.write(to: url, atomically: true, encoding: .utf8)
                }
            }
            var expectedLine = 1
            if let marker = testCase.marker {
                let lines = try String(contentsOf: root.appendingPathComponent(testCase.path), encoding: .utf8)
                    .split(separator: "\n", omittingEmptySubsequences: false)
                let found =
                    testCase.last ? lines.lastIndex { $0.contains(marker) } : lines.firstIndex { $0.contains(marker) }
                expectedLine = try XCTUnwrap(found, "\(testCase.code): marker not in \(testCase.path)") + 1
            }
            let findings = try Reviewer().review(at: root).findings.filter { $0.code == testCase.code }
            XCTAssertTrue(
                findings.contains { $0.location.path == testCase.path && $0.location.line == expectedLine },
                "\(testCase.code): expected at \(testCase.path):\(expectedLine), got \(findings.map { "\($0.location) \($0.message)" })"
            )
            // Without the rule, the injection goes unreported under that code.
            let without = try Reviewer(ignore: [testCase.code]).review(at: root).findings
            XCTAssertFalse(without.contains { $0.code == testCase.code }, testCase.code)
        }
    }
}
