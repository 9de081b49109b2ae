import AraTestSupport
import Foundation
import XCTest

/// A small compiled-like bundle: a pending claim, an experiment, a table, the
/// paper's text, a figure and a related-work entry with pending fields.
enum CompletionFixture {
    static let claims = """
        # Claims

        ## C01: pending
        - **Statement**: pending: write the claim.
        - **Status**: hypothesis
        - **Falsification criteria**: pending
        - **Proof**: pending
        - **Evidence basis**: pending
        - **Dependencies**: none

        """

    static let files: [String: String] = [
        "PAPER.md": """
        ---
        title: Sorting small arrays
        authors: [Ada Example]
        year: 2026
        ---

        # Sorting small arrays

        ## Layer Index
        - `logic/claims.md`, `logic/experiments.md`, `logic/related_work.md`
        - `evidence/README.md`

        """,
        "logic/claims.md": claims,
        "logic/experiments.md": """
        # Experiments

        ## E01: Size sweep
        - **Verifies**: C01
        - **Setup**: CPython, random integers.
        - **Procedure**: Time each sort; keep the median of 21 repeats.
        - **Metrics**: Time per sort in µs.
        - **Evidence**: evidence/tables/table1_times.md

        """,
        "logic/related_work.md": """
        # Related Work

        ## RW01: Knuth, 1998
        - **Reference**: "D. E. Knuth. The Art of Computer Programming, vol. 3."
        - **Type**: pending
        - **Delta**: pending

        """,
        "evidence/README.md": """
        # Evidence

        - [tables/table1_times.md](tables/table1_times.md)
        - [figures/figure1_times.md](figures/figure1_times.md)
        - [paper/results.md](paper/results.md)

        """,
        "evidence/tables/table1_times.md": """
        # Table 1: Median time per sort

        - **Source**: Table 1, page 2
        - **Caption**: "Table 1. Median time per sort, in µs."

        | n | insertion (µs) | merge (µs) |
        |---|---|---|
        | 8 | 0.82 | 3.83 |
        | 32 | 8.16 | 18.66 |

        """,
        "evidence/figures/figure1_times.md": """
        # Figure 1: Time per sort against n

        - **Source**: Figure 1, page 2
        - **Caption**: "Figure 1. Time per sort against n."
        - **Figure type**: pending
        - **Extraction method**: pending
        - **Reading confidence**: pending
        - **Trend**: pending: read it from the screenshot

        """,
        "evidence/paper/results.md": """
        # 3 Results

        Insertion sort is faster than merge sort at small sizes:
        at n = 8 it takes 0.82 µs against 3.83 µs.

        """,
    ]

    /// A claim block for `add`, with its Evidence basis and one Sources entry.
    static func claim(id: String = "C02", value: String = "0.82", line: Int = 4, proof: String = "E01") -> String {
        """
        ## \(id): Insertion sort is faster at n = 8
        - **Statement**: At n = 8, insertion sort takes less time per sort than merge sort.
        - **Status**: supported
        - **Falsification criteria**: Refuted if insertion sort is not faster at n = 8.
        - **Proof**: [\(proof)]
        - **Evidence basis**: Table 1: at n = 8, insertion \(value) µs vs. merge 3.83 µs.
        - **Sources**:
          - \(value) µs ← evidence/paper/results.md:\(line) «at n = 8 it takes 0.82 µs» [result]
        - **Dependencies**: none

        """
    }

    static func make(in test: XCTestCase) throws -> URL {
        try TestSupport.bundle(files, in: test)
    }

    /// Every file's bytes, to show a refused write changed nothing.
    static func snapshot(_ root: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in TestSupport.files(under: root) {
            result[path] = try Data(contentsOf: root.appendingPathComponent(path))
        }
        return result
    }
}
