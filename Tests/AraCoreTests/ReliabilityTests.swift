import AraCore
import AraTestSupport
import Foundation
import XCTest

/// The reader under the inputs of issue 12: line ends cmark counts
/// differently, long dependency chains, costly Markdown, large and deep trees.
final class ReliabilityTests: XCTestCase {
    func testLoneCarriageReturnsAreLineEnds() throws {
        let text = "# Claims\r\r## C01: T\r- **Statement**: s\r\r## C02: U\r\n- **Statement**: t\r"
        let result = try TestSupport.read(try TestSupport.bundle(["logic/claims.md": text], in: self))
        XCTAssertEqual(result.diagnostics.map(\.code), [.crlfLineEndings])
        XCTAssertEqual(result.diagnostics.first?.location.line, 1)
        XCTAssertEqual(result.bundle.claims.map(\.id), ["C01", "C02"])
        XCTAssertEqual(result.bundle.claims.map(\.statement), ["s", "t"])
        XCTAssertEqual(result.bundle.claims.map(\.location.line), [3, 6])
    }

    func testDoubleCarriageReturnDoesNotCrashTheReader() throws {
        let result = try TestSupport.read(try TestSupport.bundle(["logic/claims.md": "a\r\rb"], in: self))
        XCTAssertEqual(result.diagnostics.map(\.code), [.crlfLineEndings])
        let preamble = result.bundle.documents["logic/claims.md"]?.preamble ?? []
        XCTAssertEqual(preamble, [.text(MarkdownText(text: "a\n\nb", origin: Origin(SourceLocation(path: "logic/claims.md", line: 1, column: 1))))])
    }
}
