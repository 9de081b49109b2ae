import AraSearch
import AraTestSupport
import Foundation
import XCTest

/// A small bundle with one object of most kinds, and a searcher whose cache
/// is a temporary folder of the test's own.
enum SearchFixture {
    static let files: [String: String] = [
        "PAPER.md": """
        ---
        title: "Sorting small arrays"
        ---
        # Sorting small arrays

        Insertion sort beats merge sort below a cutoff.
        """,
        "logic/claims.md": """
        # Claims

        ## C01: Insertion sort wins below 32 elements
        - **Statement**: For arrays under 32 elements insertion sort is faster.
        - **Proof**: [E01]

        ```
        ## C99: not a heading, inside a fence
        ```

        ## C02: Merge sort wins on large inputs
        - **Statement**: Above 10000 elements merge sort is at least 3x faster.
        """,
        "logic/experiments.md": """
        # Experiments

        ## E01: Timing sweep
        - **Verifies**: C01
        - **Setup**: a quadratic baseline timed on random arrays.
        """,
        "trace/exploration_tree.yaml": """
        tree:
          - id: N01
            type: question
            title: "Which sort for small arrays?"
            children:
              - id: N02
                type: dead_end
                title: "Shell sort gaps"
                failure_mode: "gap sequence overhead dominated"
        """,
        "staging/observations.yaml": """
        observations:
          - id: O01
            content: "Branch mispredictions explain the cutoff"
        """,
    ]

    static func bundle(in test: XCTestCase) throws -> URL {
        try TestSupport.bundle(files, in: test)
    }

    static func searcher(in test: XCTestCase) throws -> Searcher {
        Searcher(cache: IndexCache(directory: try TestSupport.temporaryDirectory(test).path + "/search"))
    }
}
