import AraRead
import AraTestSupport
import XCTest

/// A small bundle with one object of every kind, its references crossing layers.
enum ReadFixture {
    static let files: [String: String] = [
        "PAPER.md": """
        ---
        title: Sorting small arrays
        authors: [Ada, Bob]
        year: 2026
        abstract: Insertion sort wins below sixteen elements.
        ---

        # Sorting small arrays

        ## Layer Index
        - [claims](logic/claims.md)
        """,
        "logic/claims.md": """
        # Claims

        ## C01: Insertion sort is faster below 16 elements
        - **Statement**: For arrays under 16 elements insertion sort beats merge sort.
        - **Status**: supported
        - **Falsification criteria**: Merge sort is faster at n = 8.
        - **Proof**: [E01]
        - **Evidence basis**: Table 3 (insertion = 1.25 µs, merge = 2.50 µs; gap 1.25)
        - **Dependencies**: none

        ## C02: The cut-off generalises
        - **Statement**: The cut-off holds on other machines.
        - **Status**: hypothesis
        - **Proof**: [E09]
        - **Dependencies**: C01
        """,
        "logic/experiments.md": """
        # Experiments

        ## E01: Timing at small n
        - **Verifies**: C01
        - **Evidence**: evidence/tables/table3_timing.md
        - **Setup**: one machine
        """,
        "logic/problem.md": """
        # Problem

        ## O1: Library sorts switch algorithms
        - **Statement**: Most libraries switch to insertion sort for small inputs.

        ## G1: Nobody measured the cut-off
        - **Statement**: The cut-off is folklore.
        """,
        "logic/solution/heuristics.md": """
        # Heuristics

        ## H01: Cut off at 16
        - **Rationale**: Measured.
        - **Sensitivity**: low
        """,
        "logic/related_work.md": """
        # Related work

        ## RW01: Knuth, 1973
        - **Type**: baseline
        - **Delta**: We measure on modern hardware.
        """,
        "logic/concepts.md": """
        # Concepts

        ## Cut-off
        - **Definition**: The size below which the simple sort runs.
        """,
        "evidence/tables/table3_timing.md": """
        # Table 3: Time per sort

        **Source**: Table 3

        | method | time (µs) |
        |---|---|
        | insertion | 1.25 |
        | merge | 2.50 |
        """,
        "trace/exploration_tree.yaml": """
        tree:
          - id: N01
            type: question
            title: Where is the cut-off?
            description: Find it.
            children:
              - id: N02
                type: dead_end
                title: Cut off at 64
                hypothesis: Larger is better.
                failure_mode: Slower.
                lesson: Measure.
              - id: N03
                type: experiment
                title: Time small arrays
                result: 16 wins
                evidence: [C01]
        """,
        "staging/observations.yaml": """
        observations:
          - id: O12
            timestamp: "2026-03-12T10:00:00Z"
            provenance: user
            content: The cut-off may depend on the cache.
            potential_type: claim
            bound_to: [N03]
        """,
        "trace/sessions/2026-03-12_001.yaml": """
        session:
          id: 2026-03-12_001
          timestamp: "2026-03-12T10:00:00Z"
          summary: Timed the sorts.
        events_logged:
          - type: experiment
            id: N03
            provenance: ai-executed
            summary: timed
        claims_touched: [C01]
        """,
        "src/sort.py": "def sort(xs):\n    return sorted(xs)\n",
    ]

    static func reading(_ test: XCTestCase) throws -> BundleReading {
        try BundleReading(root: TestSupport.bundle(files, in: test))
    }
}
