import XCTest

@testable import AraReview

/// The fast paths of WordSplit give exactly what splitting `Character`s gives,
/// on the texts that could tell them apart.
final class WordSplitTests: XCTestCase {
    static let samples = [
        "Plain ASCII words, with digits 42 and it's apostrophes.",
        String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }) + " MiXeD CaSe x2y z_w a-b@c[d]e`f{g",
        "CRLF lines.\r\nNext one! And?\r\nLast",
        "Em dash — arrows → and ×2 symbols “quoted” ’curly’ n’t",
        "Précis café naïve Straße ΣΊΣΥΦΟΣ",
        "Decomposed e\u{301} and a\u{308} marks",
        "Emoji 👍🏽 and joiners 👩‍💻 flags 🇫🇷.",
        "NBSP\u{00A0}after. Tab\tafter.\u{2003}em space",
        "Ends with a dot.",
        ". . .leading dots\n\n\n",
        "Arabic ٣ digits and Devanagari क्ष conjunct",
        "",
    ]

    func testWordsMatchTheCharacterSplit() {
        for text in Self.samples {
            let lowered = text.lowercased()
            XCTAssertEqual(
                WordSplit.words(text), lowered.split(whereSeparator: { !$0.isLetter }).map(String.init), text)
            XCTAssertEqual(
                WordSplit.words(text, keeping: .digits),
                lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init), text)
            XCTAssertEqual(
                WordSplit.words(text, keeping: .apostrophes),
                lowered.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(String.init), text)
        }
    }

    func testSentencesMatchTheCharacterSplit() {
        for text in Self.samples {
            XCTAssertEqual(WordSplit.sentences(text), Self.characterSentences(text), text)
        }
    }

    /// The definition: split at `.`, `!`, `?` before whitespace or the end, and at line ends.
    static func characterSentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if character == "\n" || (".!?".contains(character) && next.isWhitespace) {
                if !current.allSatisfy(\.isWhitespace) { result.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.allSatisfy(\.isWhitespace) { result.append(current) }
        return result
    }

    func testContainsFindsBytesAnywhere() {
        XCTAssertTrue(TextMatch.contains(" the ratio falls ", " ratio "))
        XCTAssertTrue(TextMatch.contains("aab", "ab"))
        XCTAssertTrue(TextMatch.contains("x", ""))
        XCTAssertFalse(TextMatch.contains("ab", "abc"))
        XCTAssertFalse(TextMatch.contains("a b", "ab"))
        XCTAssertTrue(TextMatch.contains("café → list.sort()", "list.sort()"))
    }
}

/// ScopeText's byte path finds the names the `Character` split finds.
final class SpecificNameTests: XCTestCase {
    func testNamesMatchTheCharacterSplit() {
        let samples =
            WordSplitTests.samples + [
                "Trained on ImageNet and CIFAR-10 (GPT-2, BERT-large); see Table 3 and Fig. 2.\r\nResNet-152: \"ViT\" `T5`",
                "[N05] {Adam} 'AdamW' *LayerNorm*\tBatchNorm\u{0B}GroupNorm\u{0C}RMSNorm",
            ]
        for text in samples {
            var expected: [String] = []
            for raw in text.split(whereSeparator: { $0.isWhitespace || ",;()[]{}\"'*`".contains($0) }) {
                let word = String(raw).trimming(".:")
                if ScopeText.isSpecificName(word), !expected.contains(word) { expected.append(word) }
            }
            XCTAssertEqual(ScopeText.specificNames(in: text), expected, text)
        }
    }
}
