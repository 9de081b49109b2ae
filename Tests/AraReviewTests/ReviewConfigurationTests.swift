import AraReview
import AraTestSupport
import Foundation
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

    /// Values of every TOML kind in every place the configuration reads:
    /// arrays of strings are taken, anything else is refused with that key's
    /// message, and an unknown key is refused whatever its value.
    func testEveryValueKindIsReadOrRefusedByItsKey() throws {
        let kinds = [
            "1979-05-27", "07:32:00", "1979-05-27T07:32:00Z", "1979-05-27T07:32:00", "1.5", "nan", "-inf", "7",
            "true", "{ a = \"x\" }", "[]",
        ]
        for value in kinds {
            let cases = [
                ("select = \(value)", "'select' must be an array of strings"),
                ("select = [\(value)]", "'select' must be an array of strings"),
                ("ignore = [\"DR\", \(value)]", "'ignore' must be an array of strings"),
                ("pivot-keys = \(value)", "'pivot-keys' must be"),
                // An inline table is a table: its entries are then read.
                ("per-file-ignores = \(value)", value.hasPrefix("{") ? "'per-file-ignores.a'" : "must be a table"),
                ("[per-file-ignores]\n\"a.md\" = [\(value)]", "'per-file-ignores.a.md' must be an array of strings"),
                ("[review]\nother = \(value)", "unknown key 'other'"),
            ]
            // `select = []` is the one valid line here: no rule selected.
            for (text, message) in cases where text != "select = []" {
                XCTAssertThrowsError(try ReviewConfiguration.parse(text, path: "arakit.toml"), text) { error in
                    XCTAssertTrue("\(error)".contains(message), "\(text): \(error)")
                }
            }
        }
        let configuration = try ReviewConfiguration.parse(
            "[review]\nselect = []\nignore = [\"DR\"]\n[review.per-file-ignores]\n\"a/\" = []\n", path: "arakit.toml")
        XCTAssertEqual(configuration.select, [])
        XCTAssertEqual(configuration.ignore, ["DR"])
        XCTAssertEqual(configuration.perFileIgnores, ["a/": []])
    }

    /// A document toml++ refuses is reported at toml++'s line and column.
    func testInvalidTOMLIsReportedWhereTOMLPlusPlusStopped() {
        XCTAssertThrowsError(try ReviewConfiguration.parse("select = [\"ALL\"]\nignore = [1,", path: "arakit.toml")) {
            guard case .configuration(_, let line, _, let message) = $0 as? ReviewError else { return XCTFail("\($0)") }
            XCTAssertEqual(line, 2, message)
            XCTAssertTrue(message.hasPrefix("not valid TOML: "), message)
        }
    }

    /// TOMLKit 0.6.0 asks each value its kind through CTOML's `nodeType`,
    /// which calls a member on a null pointer for every value that is not a
    /// date-time (UBSan's "member call on null pointer" under make
    /// test-asan); TOMLNodes asks through toml++'s casts. No source may read
    /// TOML through TOMLKit's values, or call `nodeType`, again.
    func testNoSourceReadsTOMLThroughTOMLKitValues() throws {
        let root = TestSupport.repositoryRoot.appendingPathComponent("Sources")
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var callers: [String] = []
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            let lines = text.split(separator: "\n")
            if lines.contains(where: { $0.hasPrefix("import TOMLKit") || $0.contains("nodeType(") }) {
                callers.append("Sources/\(path)")
            }
        }
        XCTAssertEqual(callers, [], "read TOML through TOMLNodes (Sources/AraReview/Pipeline/TOMLNodes.swift)")
    }
}
