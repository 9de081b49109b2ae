import AraView
import XCTest

final class MarkdownHTMLTests: XCTestCase {
    let policy = LinkPolicy(pages: ["logic/claims.md", "evidence/tables/t.md"], copied: ["evidence/fig.png"])

    func render(_ markdown: String, highlighted: Set<String> = []) -> String {
        MarkdownHTML(links: policy, sourcePath: "logic/claims.md", rootPrefix: "../", highlighted: highlighted)
            .render(markdown)
    }

    func testRawHTMLIsShownAsTextNeverPassedThrough() {
        let html = render("Hi <script>alert(1)</script>\n\n<div onclick=x>block</div>\n")
        XCTAssertFalse(html.contains("<script"), html)
        XCTAssertFalse(html.contains("<div"), html)
        XCTAssertTrue(html.contains("&lt;script&gt;"), html)
    }

    func testOnlyHTTPAndRelativeLinksInsideTheBundleSurvive() {
        let html = render(
            "[a](javascript:alert(1)) [b](JaVaScRiPt:x) [c](data:text/html,x) [d](https://e.org/?q=\"x\") "
                + "[e](../../../etc/passwd) [f](/etc/passwd) [g](claims.md#c01) [h](//evil.org/x) [i](vbscript:x)")
        XCTAssertFalse(html.lowercased().contains("href=\"javascript"), html)
        XCTAssertFalse(html.contains("href=\"data:"), html)
        XCTAssertFalse(html.contains("href=\"vbscript"), html)
        XCTAssertFalse(hrefs(html).contains { $0.contains("passwd") }, html)
        XCTAssertFalse(html.contains("href=\"//evil"), html)
        XCTAssertTrue(html.contains("href=\"https://e.org/?q=&quot;x&quot;\" rel=\"noopener noreferrer\""), html)
        XCTAssertTrue(html.contains("href=\"../files/logic/claims.html#c01\""), html)
        XCTAssertEqual(html.components(separatedBy: "<a href").count - 1, 2, html)
    }

    func testImagesOnlyFromCopiedFiles() {
        let html = render("![fig](../evidence/fig.png) ![x](https://e.org/x.png) ![y](javascript:x)")
        XCTAssertTrue(html.contains("<img src=\"../files/evidence/fig.png\" alt=\"fig\">"), html)
        XCTAssertEqual(html.components(separatedBy: "<img").count - 1, 1, html)
    }

    func testTableCellsCarryIdsAndCitedCellsAreMarked() {
        let html = render("| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | <b>4</b> |\n", highlighted: ["t0-r1-c0"])
        XCTAssertTrue(html.contains("<td id=\"t0-r0-c1\">2</td>"), html)
        XCTAssertTrue(html.contains("<td id=\"t0-r1-c0\" class=\"cited\">3</td>"), html)
        XCTAssertFalse(html.contains("<b>"), html)
    }

    func testClaimIdsInTextLinkToTheirPagesButNotInsideLinks() {
        var renderer = MarkdownHTML(links: policy, sourcePath: "logic/claims.md", rootPrefix: "../")
        renderer.claimIDs = ["C01", "C02"]
        let html = renderer.render("| Grounds |\n|---|\n| C01, C02 |\n\nC012 and xC01 and [C02](claims.md) <C01>\n")
        XCTAssertTrue(
            html.contains("<a href=\"../claims/c01.html\">C01</a>, <a href=\"../claims/c02.html\">C02</a>"), html)
        XCTAssertFalse(html.contains("c012"), html)
        XCTAssertFalse(html.contains(">xC01"), html)
        XCTAssertEqual(html.components(separatedBy: "claims/c02.html").count - 1, 1, "not inside the existing link")
    }

    func testDeepNestingDoesNotExhaustTheStack() {
        let html = render(String(repeating: "> ", count: 5_000) + "deep\n")
        XCTAssertTrue(html.contains("deep"))
    }

    func testEscapeCoversQuotesAndAmpersands() {
        XCTAssertEqual(
            HTMLText.escape("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }
}

/// Every `href` value of a page.
func hrefs(_ html: String) -> [String] {
    html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix(while: { $0 != "\"" })) }
}
