import XCTest

@testable import AraCore

/// The byte split must give exactly the lines the `Character` split gave.
final class LineSplitTests: XCTestCase {
    func testSameLinesAsTheCharacterSplit() {
        let texts = [
            "", "\n", "\n\n", "one", "one\n", "one\ntwo", "a\r\nb\nc", "lone\rcr\n", "\r\n", "é\n\u{301}x",
            "\n\u{301}", "tab\t\n  indented\n", "emoji 👩‍👩‍👧\nnext", "no newline at all but long text",
        ]
        for text in texts {
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(text.splitLines(), expected, text.debugDescription)
            let slice = text.dropFirst()
            XCTAssertEqual(slice.splitLines(), slice.split(separator: "\n", omittingEmptySubsequences: false))
        }
    }
}

/// The byte search must find what Foundation's `range(of:)` finds.
final class ASCIISearchTests: XCTestCase {
    func testSameRangesAsFoundation() {
        let texts = [
            "", "**", "- **Name**: v", "**Name:** v", "no close **here", "*\u{301}*", "**\u{301}", "é**x**",
            "a](b) c](d)", "](", "x]\u{301}(y", "**Ünïcödé**: ✓", "\u{0600}**x**", "***", "a*b**",
        ]
        for text in texts {
            for needle in ["**", "]("] {
                let slice = Substring(text)
                XCTAssertEqual(
                    slice.rangeOfASCII(needle), slice.range(of: needle), "\(text.debugDescription) \(needle)")
                let inner = slice.dropFirst()
                XCTAssertEqual(inner.rangeOfASCII(needle), inner.range(of: needle), text.debugDescription)
            }
        }
    }
}

/// Path components found on bytes must be the ones the character split gives.
final class PathComponentTests: XCTestCase {
    func testSameComponentsAsTheCharacterSplit() {
        for path in ["", "/", "a", "a/b", "a//b/", "./a/../b", "é/ü", "a/\u{301}b", "logic/claims.md", "/abs/x"] {
            XCTAssertEqual(BundleFileSystem.components(of: path), path.split(separator: "/"), path.debugDescription)
        }
    }
}
