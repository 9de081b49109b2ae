import AraView
import XCTest

final class RequestPathTests: XCTestCase {
    func testTraversalAndOddPathsAreRefused() {
        for raw in [
            "/../etc/passwd", "/a/../../b", "/%2e%2e/x", "/%2E%2E/%2e%2e/etc/passwd", "/%252e%252e/x", "/a/./b",
            "//etc/passwd", "/a\\..\\b", "/a%00b", "etc/passwd", "/~root", "/a/%2f../b",
            // A separator followed by a combining mark is still a separator (found by make fuzz).
            "//\u{06DA}", "//%DB%9Aetc/passwd", "/a\\\u{0301}b", "/a/~\u{0301}root", "/a//\u{0301}/b",
        ] {
            XCTAssertNil(RequestPath.sitePath(raw), raw)
        }
    }

    func testSitePathsPass() {
        XCTAssertEqual(RequestPath.sitePath("/"), "")
        XCTAssertEqual(RequestPath.sitePath("/claims/c01.html"), "claims/c01.html")
        XCTAssertEqual(RequestPath.sitePath("/files/a%20b.html"), "files/a b.html")
        XCTAssertEqual(RequestPath.sitePath("/hub/"), "hub/")
    }
}
