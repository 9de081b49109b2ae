import XCTest

@testable import AraCore

final class ParallelMapTests: XCTestCase {
    func testLongestFirstKeepsTheInputOrder() {
        let items = Array(0..<200)
        let cost = { (item: Int) in (item * 37) % 11 }
        let results = ParallelMap.map(items, longestFirst: cost) { $0 * 2 }
        XCTAssertEqual(results, items.map { $0 * 2 })
    }

    func testTheLargestCostsStartFirstAndTiesKeepTheirOrder() {
        XCTAssertEqual(ParallelMap.startOrder([1, 5, 0, 5, 3]), [1, 3, 4, 0, 2])
        XCTAssertEqual(ParallelMap.startOrder([]), [])
    }
}
