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

    /// toml++ also asserts on a table header whose key starts with neither a
    /// bare-key character nor a quote; valid headers and array lines pass.
    func testTableHeaderWithoutAKeyIsRefused() throws {
        for (text, line, column) in [("[=]\n", 1, 2), ("a = 1\n [= [\"x\"]\n", 2, 3), ("[[ {]]\n", 1, 4)] {
            XCTAssertThrowsError(try ReviewConfiguration.parse(text, path: "arakit.toml")) { error in
                guard case .configuration(_, let atLine, let atColumn, let message) = error as? ReviewError else {
                    return XCTFail("\(error)")
                }
                XCTAssertEqual([atLine, atColumn], [line, column], message)
                XCTAssertTrue(message.contains("table header"), message)
            }
        }
        let valid = """
            # [=] in a comment
            select = [
              "ALL", # a line of an array
            ]
            ignore = ["DR"]
            pivot-keys = \"\"\"published\"\"\"

            [per-file-ignores]
            "logic/claims.md" = [
            "EV011"]
            'evidence/' = ['EV004']
            """
        let configuration = try ReviewConfiguration.parse(valid, path: "arakit.toml")
        XCTAssertEqual(configuration.perFileIgnores["evidence/"], ["EV004"])
        XCTAssertEqual(configuration.pivotKeys, .published)
    }
}
