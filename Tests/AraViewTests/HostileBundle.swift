import AraTestSupport
import Foundation
import XCTest

/// A bundle whose texts try to break out of the page: raw HTML, script
/// tags, `javascript:` links, paths out of the bundle.
enum HostileBundle {
    static let files: [String: String] = [
        "PAPER.md": """
        ---
        title: "<script>alert('title')</script> Paper"
        authors: ["A <b>Author</b>"]
        ---
        # Paper

        See [the claims](logic/claims.md).
        """,
        "logic/claims.md": """
        # Claims

        ## C01: Speed <img src=x onerror=alert(1)>
        - **Statement**: Sorting is fast: 12.5 ms. <script>alert('statement')</script>
        - **Status**: supported
        - **Proof**: [E01]
        - **Evidence basis**: quick takes 12.5 ms; [bad](javascript:alert(1)), [out](../../etc/passwd), [web](https://example.org/a?b=1)
        """,
        "logic/experiments.md": """
        # Experiments

        ## E01: Timing
        - **Verifies**: C01
        - **Evidence**: [table](../evidence/tables/timing.md)
        """,
        "evidence/tables/timing.md": """
        # Table 1: Timing

        | Method | ms |
        |--------|----|
        | quick  | 12.5 |
        | <script>x</script> | 99 |
        """,
        "trace/exploration_tree.yaml": """
        tree:
          - id: N01
            type: question
            title: "Is it fast? <script>alert('node')</script>"
            description: d
            children:
              - id: N02
                type: dead_end
                title: "Bubble \\"sort\\" \\\\ slow"
                hypothesis: h
                failure_mode: f
                lesson: l
              - id: N03
                type: experiment
                title: Quick sort
                result: fast
                also_depends_on: [N02]
        """,
    ]

    static func make(in test: XCTestCase) throws -> URL { try TestSupport.bundle(files, in: test) }
}
