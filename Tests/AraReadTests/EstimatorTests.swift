import AraRead
import AraTestSupport
import XCTest

/// The Swift estimate is never below the real o200k_base count, on every
/// structured file of the corpus, whole and in pieces of a few lines.
final class EstimatorTests: XCTestCase {
    func testEstimateIsNeverBelowTheTrueCountOnTheCorpus() throws {
        let corpus = try TestSupport.requireCorpus()
        var texts: [String] = []
        for root in try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil) {
            for path in TestSupport.files(under: root) where path.hasSuffix(".md") || path.hasSuffix(".yaml") {
                let text = try TestSupport.text(root.appendingPathComponent(path))
                texts.append(text)
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                for size in [1, 4] {
                    texts += stride(from: 0, to: lines.count, by: size).map {
                        lines[$0..<min(lines.count, $0 + size)].joined(separator: "\n")
                    }.filter { !$0.isEmpty }
                }
            }
        }
        XCTAssertGreaterThan(texts.count, 1000)
        let counts = try RealTokenizer.counts(texts, test: self)
        var estimated = 0
        for (text, count) in zip(texts, counts) {
            XCTAssertGreaterThanOrEqual(TokenEstimator.count(text), count, "under on: \(text.prefix(200))")
            estimated += TokenEstimator.count(text)
        }
        // Tight enough to be useful: well under two estimated tokens per real one.
        XCTAssertLessThan(Double(estimated) / Double(counts.reduce(0, +)), 1.8)
    }

    func testCountsFollowTheRunsOfTheText() {
        XCTAssertEqual(TokenEstimator.count(""), 0)
        XCTAssertEqual(TokenEstimator.count("the"), 2, "one, and one for the ends")
        XCTAssertEqual(TokenEstimator.count("a b"), 3, "one space before a word is part of it")
        XCTAssertEqual(TokenEstimator.count("1234567"), 4, "digits come in threes")
        XCTAssertEqual(TokenEstimator.count("sgd"), 3, "three consonants in a row split")
        XCTAssertLessThanOrEqual(
            TokenEstimator.count("a\nb"), TokenEstimator.count("a") + 1 + TokenEstimator.count("b"))
        XCTAssertEqual(TokenEstimator.count("≈"), 3, "one per UTF-8 byte after the first")
    }
}
