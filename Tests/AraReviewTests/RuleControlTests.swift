import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraReview

/// Beside each rule's injection (RuleTests), its control: the nearest correct
/// text, which the rule must not report. A rule that fires on its control is a defect.
final class RuleControlTests: XCTestCase {
    typealias Edit = (path: String, edit: (String) -> String)

    static let claims = RuleTests.claims
    static let experiments = RuleTests.experiments
    static let tree = RuleTests.tree
    static let table1 = RuleTests.table1
    static let derived = RuleTests.derived
    static let table = RuleTests.table

    static func replace(_ old: String, _ new: String) -> (String) -> String { RuleTests.replace(old, new) }
    static func append(_ extra: String) -> (String) -> String { RuleTests.append(extra) }
    static func write(_ text: String) -> (String) -> String { RuleTests.write(text) }

    static let sources = "- **Sources**:\n  - 0.82 ← `evidence/tables/table1_crossover.md:13` «| 8 | 0.82 |» [result]\n"

    /// Per code, the edits that make the nearest correct text.
    static var controls: [String: [Edit]] {
        [
            "ST001": [("logic/concepts.md", write("# Concepts\n"))],
            "ST002": [
                (
                    "logic/concepts.md",
                    write("# Concepts\n\n## Crossover\n- **Definition**: the size where merge sort starts to win.\n")
                )
            ],
            "ST003": [("PAPER.md", replace("## Layer Index", "## Layer Index\n"))],
            "ST004": [("PAPER.md", replace("](logic/claims.md)", "](./logic/claims.md)"))],
            "ST005": [("PAPER.md", replace("](logic/related_work.md)", "](./logic/related_work.md)"))],
            "ST006": [("PAPER.md", replace("8-node DAG", "eight-node DAG"))],
            "ST007": [(claims, { $0.replacingOccurrences(of: "## C0", with: "## C00") })],
            "ST008": [
                (
                    "logic/solution/heuristics.md",
                    replace(
                        "- **Code ref**: src/execution/hybrid_sort.py\n",
                        "- **Code ref**: `src/execution/hybrid_sort.py`\n")
                )
            ],
            "ST009": [("logic/related_work.md", { $0.replacingFirst("- **Type**:", with: "- **type**:") })],
            "ST010": [("logic/concepts.md", append("\n## New concept\n- **Definition**: a term used once.\n"))],
            "FM001": [("PAPER.md", replace("year: \"2026\"", "year: 2026"))],
            "FM002": [("PAPER.md", replace("year: \"2026\"", "year: \"2025\""))],
            "FM003": [
                ("PAPER.md", replace("authors:\n- \"AraKit project\"", "authors: [\"A. Author\", \"B. Author\"]"))
            ],
            "CL001": [
                (
                    claims,
                    replace(
                        "- **Falsification criteria**: Refuted if, in the E01",
                        "- **Falsification criteria**: refuted if, in the E01")
                )
            ],
            "CL002": [(claims, replace("- **Status**: supported", "- **Status**: hypothesis"))],
            "CL003": [(claims, replace("- **Proof**: [E01]", "- **Proof**: [E01], qualitative reasoning"))],
            "CL004": [
                (
                    claims,
                    append(
                        "\n## C04: The built-in list.sort() is no stand-in for merge sort\n- **Statement**: Timsort is not a pure merge sort.\n- **Status**: hypothesis\n- **Falsification criteria**: x\n- **Proof**: [E01]\n"
                    )
                )
            ],
            "CL005": [
                (
                    claims,
                    append(
                        "\n## C04: Insertion sort wins\n- **Statement**: Insertion sort beats merge sort at n = 8.\n- **Status**: hypothesis\n- **Falsification criteria**: Refuted if merge sort wins at n = 8 under CPython-3.11.\n- **Proof**: [E01]\n"
                    )
                )
            ],
            // The same cut, with the condition kept beside the Statement in a Conditions field.
            "CL006": [
                (
                    claims,
                    replace(
                        "- **Statement**: On small arrays of random integer keys, a pure-Python insertion sort",
                        "- **Conditions**: On small arrays of random integer keys.\n- **Statement**: A pure-Python insertion sort"
                    )
                )
            ],
            "EX001": [(experiments, replace("- **Metrics**", "- **metrics**"))],
            "EX002": [
                (
                    experiments,
                    append(
                        "\n## E03: Extra\n- **Verifies**: C09\n- **Setup**: s\n- **Procedure**: p\n- **Metrics**: m\n")
                ), (claims, replace("- **Proof**: [E01]", "- **Proof**: [E01, E03]")),
            ],
            "TR001": [(tree, replace("lesson: \"Compare two sorts", "lesson: \"compare two sorts"))],
            "TR002": [(tree, replace("id: N04", "id: N09"))],
            "TR003": [(tree, replace("  type: dead_end\n", "  type: dead_end\n      also_depends_on: [N01]\n"))],
            "TR004": [(tree, replace("    type: decision\n", "    type: decision\n    also_depends_on: [N01]\n"))],
            "TR005": [(tree, replace("      type: dead_end\n", "      type: dead_end\n      children: []\n"))],
            "TR006": [
                (
                    tree,
                    replace(
                        "      support_level: explicit\n      source_refs:\n      - \"trace/sessions/2026-11-02_001.yaml\"\n      hypothesis:",
                        "      support_level: inferred\n      hypothesis:")
                )
            ],
            "TR007": [(tree, replace("support_level: explicit", "support_level: \"explicit\""))],
            "TR008": [
                (
                    "trace/sessions/session_index.yaml",
                    append("- id: \"2026-11-03_001\"\n  timestamp: \"2026-11-03\"\n  summary: \"listed twice\"\n")
                )
            ],
            "TR009": [
                (
                    "trace/sessions/2026-12-02_001.yaml",
                    write("session:\n  id: \"2026-12-02_001\"\n  timestamp: \"2026-12-02\"\n  summary: \"extra\"\n")
                ),
                (
                    "trace/sessions/session_index.yaml",
                    append("- id: \"2026-12-02_001\"\n  timestamp: \"2026-12-02\"\n  summary: \"extra\"\n")
                ),
            ],
            "TR010": [
                (tree, { $0.replacingFirst("  support_level: explicit\n", with: "  support_level: inferred\n") })
            ],
            "TR011": [(tree, append("schema_version: 1\n"))],
            "EV001": [(table1, replace("**Caption**", "**caption**"))],
            "EV002": [
                (
                    "evidence/tables/table2_empty.md",
                    write(
                        "# Table 2: E\n\n**Source**: Table 2\n\n**Caption**: c\n\n**Extraction type**: raw_table\n"
                            + table)
                ), ("evidence/README.md", append("\n- [tables/table2_empty.md](tables/table2_empty.md)\n")),
            ],
            "EV003": [
                (
                    "evidence/tables/table3_x.md",
                    write(
                        "# Table 3: X\n\n**Source**: Table 3\n\n**Caption**: c\n\n**Extraction type**: raw_table\n"
                            + table)
                ), ("evidence/README.md", append("\n- [tables/table3_x.md](tables/table3_x.md)\n")),
            ],
            "EV004": [("evidence/figures/figure1_crossover.md", replace("**Figure type**", "**figure type**"))],
            "EV005": [
                (table1, replace("**Extraction type**", "**Screenshot**: table1_crossover.md\n\n**Extraction type**"))
            ],
            "EV006": [
                (
                    "evidence/tables/table5_extra.md",
                    write(
                        "# Table 5: X\n\n**Source**: Table 5\n\n**Caption**: c\n\n**Extraction type**: raw_table\n"
                            + table)
                ), ("evidence/README.md", append("\n- [tables/table5_extra.md](tables/table5_extra.md)\n")),
            ],
            "EV007": [("evidence/README.md", append("\n- [tables/table1_crossover.md](tables/table1_crossover.md)\n"))],
            "EV008": [(derived, replace("| 8 | 0.82 |", "| 8 | 0.820 |"))],
            // 3.83 ÷ 0.82 = 4.6707…: three decimals written, three decimals right.
            "EV009": [(derived, replace("| 4.67 |", "| 4.671 |"))],
            "EV010": [(derived, replace("**Derived from**", "**derived from**"))],
            "EV011": [(claims, replace("insertion 0.82 µs", "insertion 0.8 µs"))],
            "EV012": [
                (
                    "evidence/tables/table6_sub.md",
                    write(
                        "# Table 6: S\n\n**Source**: Table 6\n\n**Caption**: c\n\n**Extraction type**: raw_table\n"
                            + table)
                ), ("evidence/README.md", append("\n- [tables/table6_sub.md](tables/table6_sub.md)\n")),
            ],
            "SR001": [(claims, replace("- **Dependencies**: none", sources + "- **Dependencies**: none"))],
            "SR002": [(claims, replace("- **Dependencies**: none", sources + "- **Dependencies**: none"))],
            "SR003": [(claims, replace("- **Dependencies**: none", sources + "- **Dependencies**: none"))],
            "SR004": [(claims, replace("- **Dependencies**: none", sources + "- **Dependencies**: none"))],
            "XL001": [(claims, replace("- **Proof**: [E01]", "- **Proof**: [E1]"))],
            "XL002": [(experiments, replace("- **Verifies**: C01, C02", "- **Verifies**: C01, C2"))],
            "XL003": [(claims, replace("- **Dependencies**: [C01]", "- **Dependencies**: [C1]"))],
            "XL004": [
                (
                    claims,
                    append(
                        "\n## C04: Builds on the hybrid\n- **Statement**: s\n- **Status**: hypothesis\n- **Falsification criteria**: f\n- **Proof**: [E01]\n- **Dependencies**: [C03]\n"
                    )
                )
            ],
            "XL005": [
                (
                    "logic/solution/heuristics.md",
                    replace(
                        "- **Code ref**: src/execution/hybrid_sort.py",
                        "- **Code ref**: [hybrid_sort.py](../../src/execution/hybrid_sort.py)")
                )
            ],
            "XL006": [
                (
                    experiments,
                    replace(
                        "- **Evidence**: evidence/tables/table1_crossover.md",
                        "- **Evidence**: [table 1](../evidence/tables/table1_crossover.md)")
                )
            ],
            "XL007": [(tree, replace("evidence: [C01, C02]", "evidence: [C1, C02]"))],
            "XL008": [(tree, replace("evidence: [C01, C02]", "evidence: [C01, \"Table 1 shows the crossover\"]"))],
            "XL009": [
                (
                    claims,
                    append(
                        "\n## C09: Not a duplicate\n- **Statement**: s\n- **Status**: hypothesis\n- **Falsification criteria**: f\n- **Proof**: [E01]\n"
                    )
                )
            ],
            "XL010": [(experiments, replace("## E02:", "## E02 :"))],
            "XL011": [
                (
                    experiments,
                    replace(
                        "- **Evidence**: evidence/tables/table1_crossover.md",
                        "- **Evidence**: ../evidence/tables/table1_crossover.md")
                )
            ],
            "DR001": [
                (
                    tree,
                    write(
                        "tree:\n- id: N01\n  type: question\n  title: \"t\"\n  support_level: inferred\n  description: \"d\"\n"
                    )
                )
            ],
            "DR002": [(tree, replace("failure_mode:", "failure_mode:  "))],
            "DR003": [(tree, replace("rationale:", "rationale:  "))],
            "DR004": [(tree, replace("from:", "prior_direction:"))],
            "DR005": [(claims, replace("## C01: ", "## C01:  "))],
            "DR006": [(claims, replace("- **Status**: supported", "- **Status**:  supported"))],
            "DR007": [(tree, replace("evidence: [C03]", "evidence:\n      - C03"))],
        ]
    }

    func testEveryRuleHasAControl() {
        let covered = Set(Self.controls.keys)
        XCTAssertEqual(RuleRegistry.rules.map(\.description.code).filter { !covered.contains($0) }, [])
    }

    func testNoRuleFiresOnItsControl() throws {
        for (code, edits) in Self.controls.sorted(by: { $0.key < $1.key }) {
            let root = try TestSupport.copy(RuleTests.example, in: self)
            for (path, edit) in edits {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try edit((try? String(contentsOf: url, encoding: .utf8)) ?? "").write(
                    to: url, atomically: true, encoding: .utf8)
            }
            let findings = try Reviewer(select: [code]).review(at: root).findings.filter { $0.code == code }
            XCTAssertEqual(findings.map { "\($0.location) \($0.message)" }, [], "\(code) fired on its control")
        }
    }
}
