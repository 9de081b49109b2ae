import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraView

/// Rendering grows with the bundle, not with its square (issue 20, item 1).
/// Each check renders a 4x larger bundle and a smaller one, the best of three
/// each: linear work gives about 4x, a scan per object gives 16x. The layout
/// is a stand-in that answers at once: Graphviz's own time is bounded apart
/// (``GraphSize``).
final class SiteScalingTests: XCTestCase {
    /// A `dot` that reads its input and draws nothing.
    func instantGraphviz() throws -> Graphviz {
        Graphviz(executable: try TestSupport.fakeDot("cat >/dev/null\necho '<svg></svg>'", in: self))
    }

    /// `count` nodes under one root, each without a support level: two findings per node.
    func flatTree(_ count: Int) throws -> URL { try TestSupport.flatTreeBundle(count, in: self) }

    /// `count` claims in a Dependencies chain, each cited by a tree node.
    func chainedClaims(_ count: Int) throws -> URL {
        var claims = "# Claims\n"
        var tree = "tree:\n"
        for number in 1...count {
            claims += "\n## C\(number): Claim \(number)\n- **Statement**: run \(number) holds\n"
            claims += "- **Status**: hypothesis\n- **Dependencies**: [C\(max(1, number - 1))]\n"
            tree += "- {id: N\(number), type: experiment, title: Run \(number), evidence: [C\(number)]}\n"
        }
        return try TestSupport.bundle(["logic/claims.md": claims, "trace/exploration_tree.yaml": tree], in: self)
    }

    func assertLinear(small: URL, large: URL, what: String) throws {
        let renderer = SiteRenderer(graphviz: try instantGraphviz())
        let smallTime = try TestSupport.bestTime { _ = try renderer.render(bundleAt: small) }
        let largeTime = try TestSupport.bestTime { _ = try renderer.render(bundleAt: large) }
        XCTAssertLessThan(
            largeTime / smallTime, 8, "\(what): \(smallTime) s, 4x as many: \(largeTime) s; expected about 4x")
    }

    func testATraceWithAFindingOnEveryNodeRendersInLinearTime() throws {
        try assertLinear(small: try flatTree(1_000), large: try flatTree(4_000), what: "1,000 nodes")
    }

    func testChainedClaimsRenderInLinearTime() throws {
        try assertLinear(small: try chainedClaims(250), large: try chainedClaims(1_000), what: "250 claims")
    }
}
