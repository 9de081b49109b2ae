import XCTest

@testable import AraReview

final class NumberTextTests: XCTestCase {
    func testFindsValuesAndSkipsNames() {
        let numbers = NumberText.numbers(in: "C01: plain-34 = 28.54%, −3.51 and 1,743 runs; seed0 v2 §4.1")
        XCTAssertEqual(numbers.map(\.canonical), ["34", "28.54", "-3.51", "1743", "4.1"])
        XCTAssertTrue(numbers[1].isPercent)
    }
}
