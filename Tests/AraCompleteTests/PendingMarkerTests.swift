import XCTest

@testable import AraComplete

final class PendingMarkerTests: XCTestCase {
    func testMarkers() {
        XCTAssertTrue(PendingMarker.isPending("pending"))
        XCTAssertTrue(PendingMarker.isPending("pending: read it from the screenshot"))
        XCTAssertTrue(PendingMarker.isPending("\n- 0.82 ← [pending: no table]"))
        XCTAssertFalse(PendingMarker.isPending("supported"))
        XCTAssertFalse(PendingMarker.isPending("the spending grew"))
        XCTAssertEqual(PendingMarker.reason("pending: read it"), "read it")
        XCTAssertNil(PendingMarker.reason("pending"))
    }
}
