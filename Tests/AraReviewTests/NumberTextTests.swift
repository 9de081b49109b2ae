import XCTest

@testable import AraReview

final class NumberTextTests: XCTestCase {
    /// The ASCII answer must be Unicode's Alphabetic property's.
    func testLettersAreTheAlphabeticProperty() {
        for value in UInt32(0)...0x2FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(NumberText.isLetter(scalar), scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
        }
    }

    func testFindsValuesAndSkipsNames() {
        let numbers = NumberText.numbers(in: "C01: plain-34 = 28.54%, −3.51 and 1,743 runs; seed0 v2 §4.1")
        XCTAssertEqual(numbers.map(\.canonical), ["34", "28.54", "-3.51", "1743", "4.1"])
        XCTAssertTrue(numbers[1].isPercent)
    }
}
