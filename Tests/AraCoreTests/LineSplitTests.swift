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
