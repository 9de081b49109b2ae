import XCTest

@testable import AraCapture

/// The `Ara-*` trailers of a commit message, read as git does.
final class AraTrailersTests: XCTestCase {
    func testTrailersAreReadFromTheLastParagraphInAnyCase() {
        let message =
            "Try a larger batch\n\nThe body says Ara-Type: question in passing.\n\n"
            + "ara-type: Experiment\nAra-Claims: C01, C02; C03\nARA-TYPE: decision\nSigned-off-by: A <a@b>\n"
        let trailers = AraTrailers(message: message)
        XCTAssertEqual(trailers["Type"], "Experiment", "the first of a key is kept")
        XCTAssertEqual(trailers.list("claims"), ["C01", "C02", "C03"])
        XCTAssertFalse(trailers.isEmpty)
    }

    func testMentionsAraFindsTheMarkerAndNothingElse() {
        XCTAssertTrue(AraTrailers.mentionsAra("x\n\nAra-Type: question"))
        XCTAssertTrue(AraTrailers.mentionsAra("x\n\nARA-type: question"))
        // The pattern overlaps itself: `arara-` still holds `ara-`.
        XCTAssertTrue(AraTrailers.mentionsAra("arara-x"))
        XCTAssertFalse(AraTrailers.mentionsAra("Tiara — a crown; a parameter"))
        XCTAssertTrue(AraTrailers(message: "Fix typo\n\nSigned-off-by: A <a@b>").isEmpty)
    }
}
