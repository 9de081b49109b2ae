import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraView

/// Past ``GraphSize/maxDrawnElements`` the graph is listed, not laid out:
/// Graphviz is never started, the page says why and opens on the tree view,
/// and the render says so too.
final class GraphBoundTests: XCTestCase {
    /// A `dot` that draws a recognisable SVG, or (`refusing`) fails the render if started.
    func graphviz(refusing: Bool) throws -> Graphviz {
        let body = refusing ? "echo started >&2; exit 3" : "cat >/dev/null; echo '<svg id=\"drawn\"></svg>'"
        return Graphviz(executable: try TestSupport.fakeDot(body, in: self))
    }

    func tree(_ count: Int) throws -> URL { try TestSupport.flatTreeBundle(count, in: self) }

    func testAGraphPastTheBoundIsListedWithANote() throws {
        let count = GraphSize.maxDrawnElements / 2 + 1  // as many edges, less one: past the bound
        let site = try SiteRenderer(graphviz: try graphviz(refusing: true)).render(bundleAt: try tree(count))
        let note =
            "The exploration graph has \(count) nodes and \(count - 1) edges, more than the "
            + "\(GraphSize.maxDrawnElements) (together) that are drawn: it is listed as a tree instead, "
            + "and graph.dot holds it for a layout of your own."
        XCTAssertEqual(site.notes, [note])
        let page = String(decoding: try XCTUnwrap(site.files["graph.html"]), as: UTF8.self)
        XCTAssertTrue(page.contains("<div id=\"graph-view\" class=\"canvas\"><p class=\"muted\">\(note)</p></div>"))
        XCTAssertTrue(page.contains("<script>\(SiteScript.treeFirst)</script>"))
        XCTAssertTrue(page.contains("data-node=\"n\(count - 1)\""), "every node is in the tree view")
        XCTAssertNotNil(site.files["graph.dot"])
    }

    func testAGraphWithinTheBoundIsDrawn() throws {
        let count = GraphSize.maxDrawnElements / 2  // as many edges, less one: within the bound
        let site = try SiteRenderer(graphviz: try graphviz(refusing: false)).render(bundleAt: try tree(count))
        XCTAssertEqual(site.notes, [])
        let page = String(decoding: try XCTUnwrap(site.files["graph.html"]), as: UTF8.self)
        XCTAssertTrue(page.contains("<div id=\"graph-view\" class=\"canvas\"><svg id=\"drawn\"></svg>"))
        XCTAssertFalse(page.contains(SiteScript.treeFirst))
    }
}
