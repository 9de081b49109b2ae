import AraTestSupport
import XCTest

@testable import AraCore

/// The pre-scans jump over bytes that cannot matter; they must give what a
/// byte-at-a-time scan gives (the reference below, the code they replaced).
final class YAMLPrescanTests: XCTestCase {
    func testSameAnswersAsTheByteAtATimeScans() {
        var generator = SplitMix(seed: 0x59_41_4D_4C)
        var texts = Self.handWritten
        // Texts built from the bytes both scans treat specially, and others.
        let pieces = ["\n", " ", "  ", "-", "- ", "[", "]", "{", "}", ",", "\"", "'", "a", "key: ", "é", "x'y", "#"]
        for _ in 0..<3_000 {
            let length = Int(generator.next() % 60)
            texts.append((0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for text in texts {
            for limit in [0, 1, 2, 3, 8] {
                XCTAssertEqual(
                    YAMLReader.firstLineDeeperThan(limit, in: text), Self.referenceDepth(limit, text),
                    "limit \(limit): \(text.debugDescription)")
            }
            XCTAssertEqual(YAMLReader.estimatedNodes(in: text), Self.referenceNodes(text), text.debugDescription)
        }
    }

    func testTheCorpusTreeKeepsItsEstimates() {
        let text = "tree:\n  - id: N01\n    tags: [a, b, {c: d}]\n    title: \"x [y\"\n    note: 'it''s'\n"
        XCTAssertEqual(YAMLReader.estimatedNodes(in: text), Self.referenceNodes(text))
        XCTAssertNil(YAMLReader.firstLineDeeperThan(3, in: text))
        XCTAssertEqual(YAMLReader.firstLineDeeperThan(0, in: text), Self.referenceDepth(0, text))
    }

    static let handWritten = [
        "", "\n", "a", "- - - - x", "[[[[[", "\"[[[[\"\n[", "' [[[' [", "x'[[", "  \n    \n      deep",
        "{a: [b, c], d: {e: f}}", "-\n-\n- -\n", "key: \"multi\nline [ quote\" [x", "[\n[\n]\n]\n",
    ]

    /// The depth scan as it was, one byte at a time.
    static func referenceDepth(_ limit: Int, _ text: String) -> Int? {
        var flowDepth = 0
        var lineNumber = 1
        var indentation = 0
        var dashes = 0
        var atLineStart = true
        var inQuote: UInt8? = nil
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                lineNumber += 1
                indentation = 0
                dashes = 0
                atLineStart = true
                previous = byte
                continue
            }
            if atLineStart {
                if byte == 0x20 { indentation += 1 } else if byte == 0x2D { dashes += 1 } else { atLineStart = false }
            }
            if let quote = inQuote {
                if byte == quote { inQuote = nil }
            } else if byte == 0x22 || (byte == 0x27 && (previous == 0x20 || previous == 0x5B || previous == 0x2C)) {
                inQuote = byte
            } else if byte == 0x5B || byte == 0x7B {
                flowDepth += 1
            } else if byte == 0x5D || byte == 0x7D {
                flowDepth = max(0, flowDepth - 1)
            }
            if indentation / 2 + dashes + flowDepth > limit * 2 || flowDepth > limit { return lineNumber }
            previous = byte
        }
        return nil
    }

    /// The node estimate as it was, one byte at a time.
    static func referenceNodes(_ text: String) -> Int {
        var count = 0
        var flowDepth = 0
        var atLineStart = true
        var lineHasContent = false
        for byte in text.utf8 {
            switch byte {
            case 0x0A:
                if lineHasContent { count += 2 }
                atLineStart = true
                lineHasContent = false
                continue
            case 0x20: continue
            case 0x2D where atLineStart:
                count += 1
                continue
            case 0x5B, 0x7B:
                flowDepth += 1
                count += 2
            case 0x5D, 0x7D: flowDepth = max(0, flowDepth - 1)
            case 0x2C: if flowDepth > 0 { count += 2 }
            default: break
            }
            atLineStart = false
            lineHasContent = true
        }
        return count + (lineHasContent ? 2 : 0)
    }
}
