import AraCore
import AraTestSupport
import AraView
import XCTest

final class SiteRendererTests: XCTestCase {
    func site() throws -> RenderedSite {
        let graphviz: Graphviz
        do { graphviz = try Graphviz.locate() } catch { throw XCTSkip("Graphviz's dot is not installed (make setup)") }
        return try SiteRenderer(graphviz: graphviz).render(bundleAt: try HostileBundle.make(in: self))
    }

    func page(_ site: RenderedSite, _ path: String) throws -> String {
        String(decoding: try XCTUnwrap(site.files[path], "no \(path) among \(site.files.keys.sorted())"), as: UTF8.self)
    }

    func testNoBundleTextReachesAPageUnescaped() throws {
        let site = try site()
        for (path, data) in site.files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            // The only scripts are the site's own: plain <script> and the graph's JSON data.
            let scripts = html.components(separatedBy: "<script").dropFirst()
            for script in scripts {
                let body = script.components(separatedBy: "</script>")[0]
                if body.hasPrefix(" type=\"application/json\"") {
                    XCTAssertFalse(body.dropFirst(40).contains("<"), "\(path): data holds a '<'")
                } else {
                    XCTAssertTrue(body.hasPrefix(">(function"), path)
                    XCTAssertFalse(body.contains("alert("), "\(path): \(body.prefix(200))")
                }
            }
            XCTAssertFalse(html.contains("<img src=x"), path)
            XCTAssertFalse(html.lowercased().contains("href=\"javascript:"), path)
            XCTAssertFalse(hrefs(html).contains { $0.contains("passwd") }, path)
        }
    }

    func testEveryTreeNodeIsInTheSVGAndTheTreeView() throws {
        // Graphviz writes '-' in ids as an entity; the browser reads it back.
        let graph = try page(try site(), "graph.html").replacingOccurrences(of: "&#45;", with: "-")
        for id in ["n01", "n02", "n03"] {
            XCTAssertTrue(graph.contains("id=\"node-\(id)\""), id)
            XCTAssertTrue(graph.contains("data-node=\"\(id)\""), id)
        }
        XCTAssertTrue(graph.contains("id=\"edge-also-n02-n03\""))
        XCTAssertTrue(graph.contains("stroke-dasharray"), "also_depends_on is drawn dashed")
        XCTAssertTrue(graph.contains("DEAD END"), "dead ends are labelled, not only coloured")
    }

    func testClaimPageLinksItsExperimentAndEvidence() throws {
        let claim = try page(try site(), "claims/c01.html")
        XCTAssertTrue(claim.contains("href=\"../experiments.html#e01\""), claim)
        XCTAssertTrue(claim.contains("href=\"../files/evidence/tables/timing.html\""), claim)
        XCTAssertTrue(claim.contains("href=\"https://example.org/a?b=1\""), claim)
    }

    func testClaimPageMarksTheCellItsNumberComesFromAndLinksIt() throws {
        let claim = try page(try site(), "claims/c01.html")
        XCTAssertTrue(claim.contains("href=\"../files/evidence/tables/timing.html#t0-r0-c1\""), claim)
        XCTAssertTrue(claim.contains("<td class=\"cited\" data-cell=\"t0-r0-c1\">12.5</td>"), claim)
        XCTAssertFalse(claim.contains("<td class=\"cited\" data-cell=\"t0-r1-c1\">"), "only the cited cell is marked")
    }

    func testEvidenceTableCellsHaveIds() throws {
        let table = try page(try site(), "files/evidence/tables/timing.html")
        XCTAssertTrue(table.contains("<td id=\"t0-r0-c1\">12.5</td>"), table)
        XCTAssertTrue(table.contains("<code class=\"raw\">&lt;script&gt;</code>x"), table)
    }
}
