import AraCore
import Foundation
import XCTest

/// `JSONText` writes what `JSONEncoder` (sorted keys, unescaped slashes)
/// writes, byte for byte: reports that were encoded one way must not change.
final class JSONTextTests: XCTestCase {
    struct Mirror: Encodable {
        var a: String
        var b: Int
        var c: Bool
        var d: String?
    }

    static let strings = [
        String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }),
        "path/with/slashes and \"quotes\" and \\backslashes\\",
        "\u{2028}\u{2029} é 👍🏽 \u{FEFF} \u{301}e µs — ÷",
        "",
    ]

    func testIntegersAreWrittenAsStringWritesThem() {
        for value in [0, 7, -7, 10, 99, 100, -100, 1_000_003, Int.max, Int.min] {
            var json = JSONText()
            json.object { $0.int("n", value) }
            XCTAssertEqual(json.text, "{\"n\":\(String(value))}")
        }
    }

    func testStringsAndMembersMatchJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for text in Self.strings {
            for optional in [text, nil] {
                var json = JSONText()
                json.object { members in
                    members.string("a", text)
                    members.int("b", -42)
                    members.bool("c", text.isEmpty)
                    members.string("d", optional)
                }
                var expected = String(
                    decoding: try encoder.encode(Mirror(a: text, b: -42, c: text.isEmpty, d: optional)), as: UTF8.self)
                // JSONEncoder leaves a nil optional out unless told; the reports write null.
                if optional == nil { expected = String(expected.dropLast()) + ",\"d\":null}" }
                XCTAssertEqual(json.text, expected, text.debugDescription)
            }
        }
    }
}
