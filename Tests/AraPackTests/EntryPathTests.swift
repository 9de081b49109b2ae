import XCTest

@testable import AraPack

final class EntryPathTests: XCTestCase {
    func testPlainRelativePathsPass() {
        for path in ["PAPER.md", "logic/claims.md", "evidence/tables/t 1.md", "café/ß.md", "a/b/"] {
            XCTAssertNil(EntryPath.problem(path), path)
        }
    }

    func testEveryWayOutIsRefused() {
        let cases = [
            "": "empty", "../x": "climbs out", "a/../../x": "climbs out", "a/..": "climbs out",
            "/etc/passwd": "absolute", "C:/Windows/x": "drive", "c:x": "drive", "a\\..\\x": "backslash",
            "a//b": "normalised", "./a": "normalised", "a/.": "normalised", "a\u{0}b": "control",
            "a\nb": "control", String(repeating: "a", count: 1_025): "longer",
        ]
        for (path, expected) in cases {
            let problem = EntryPath.problem(path)
            XCTAssertTrue(problem?.contains(expected) ?? false, "\(path.debugDescription): \(problem ?? "accepted")")
        }
    }
}
