import XCTest

@testable import AraReview

/// The byte-level fast paths of the prose rules must answer exactly as the
/// character-level code they stand in for.
final class TextFastPathTests: XCTestCase {
    let texts = [
        "", "rule", "We RULE out nothing.", "Ruled  out: x", "rulers", "ru le", "don't", "won’t", "isn't\u{301}",
        "n't", "Rationale", "trailing ruLe", "é rule é", "tab\tsep, comma; \"quote\" 'single' `tick` [bracket]",
        "list.sort() and torch.compile, lr_warmup.", "crlf\r\nline\u{0B}vt\u{0C}ff",
        "nbsp\u{A0}word ideographic\u{3000}x",
        "é.sort() naïve_name", "  leading and trailing  ",
    ]

    func testRuleIsFoundInEveryCaseAsLoweringFindsIt() {
        for text in texts {
            XCTAssertEqual(ScopeText.mentionsRule(text), text.lowercased().contains("rule"), text.debugDescription)
        }
    }

    func testNotEndingsMatchTheCharacterTest() {
        for word in ["don't", "won’t", "isn't\u{301}", "n't", "nt", "t", "", "can't'", "ŋ't", "an't"] {
            XCTAssertEqual(
                ScopeText.endsInNot(word), word.hasSuffix("n't") || word.hasSuffix("n’t"), word.debugDescription)
        }
    }

    func testPiecesMatchTheCharacterSplit() {
        for text in texts {
            let expected = text.split(whereSeparator: { $0.isWhitespace || ",;\"'`[]".contains($0) })
            XCTAssertEqual(ClaimAdvocatesDeadEnd.pieces(of: text), expected, text.debugDescription)
        }
    }

    func testStemsOfAsciiWordsMatchTheCharacterRule() {
        for word in [
            "running", "studies", "matches", "trained", "quickly", "models", "about", "because", "between",
            "tests", "ing", "bring", "stings", "alongside",
        ] {
            var expected: String? = word
            if word.count < 5 || ClaimAdvocatesDeadEnd.commonWords.contains(word) {
                expected = nil
            } else if let suffix = ["ing", "ies", "es", "ed", "ly", "s"].first(where: {
                word.hasSuffix($0) && word.count - $0.count >= 4
            }) {
                expected = String(word.dropLast(suffix.count))
            }
            XCTAssertEqual(ClaimAdvocatesDeadEnd.asciiStem(word), expected, word)
        }
    }
}
