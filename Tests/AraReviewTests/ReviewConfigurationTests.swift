import AraReview
import XCTest

final class ReviewConfigurationTests: XCTestCase {
    /// toml++ asserts (aborting the process) on a control character where a
    /// key starts; the configuration refuses every control character TOML
    /// forbids before parsing (found by make fuzz; Tests/Fuzz/regressions/toml).
    func testControlCharactersAreRefusedWithTheirPlace() {
        for (text, line, column) in [("[\u{1}]\n", 1, 2), ("[t]\n[\u{1}\0]\nn", 2, 2), ("a = 1\n\u{7F}", 2, 1)] {
            XCTAssertThrowsError(try ReviewConfiguration.parse(text, path: "arakit.toml")) { error in
                guard case .configuration(_, let atLine, let atColumn, let message) = error as? ReviewError else {
                    return XCTFail("\(error)")
                }
                XCTAssertEqual([atLine, atColumn], [line, column], message)
                XCTAssertTrue(message.contains("control character U+00"), message)
            }
        }
        // Tab and CRLF are allowed.
        XCTAssertEqual(
            try ReviewConfiguration.parse("ignore = [\t\"DR\"]\r\n", path: "arakit.toml").ignore, ["DR"])
    }
}
