import AraCore
import XCTest

/// `trimmingWhitespace` trims ASCII spaces on bytes and leaves Unicode
/// spaces to the scalar path: both must give what trimming scalars gives.
final class TrimmingTests: XCTestCase {
    func testTheBytePathAgreesWithTrimmingScalars() {
        let samples = [
            "", "   ", " \t\n\r\u{0B}\u{0C} ", "plain", "  two words  ", "\u{00A0}nbsp\u{00A0}", " \u{2003}em ",
            "é at start ", " ends in é", "e\u{301} ", " a\u{301}", "\u{85}nel", "x\u{85}", "中文 ", "\r\n line \r\n",
        ]
        for text in samples {
            XCTAssertEqual(text.trimmingWhitespace(), Self.reference(text), text.debugDescription)
            let inner = Substring("[" + text + "]").dropFirst().dropLast()
            XCTAssertEqual(inner.trimmingWhitespace(), Self.reference(text), "substring " + text.debugDescription)
        }
    }

    /// The definition: drop Unicode white-space scalars from both ends.
    static func reference(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
