import XCTest

@testable import AraCapture

/// Dates from epoch seconds without the machine's calendar: checked against
/// Foundation's Gregorian calendar in UTC on dates chosen to break the arithmetic.
final class CivilTimeTests: XCTestCase {
    func reference(_ epoch: Int64, _ offsetMinutes: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offsetMinutes * 60) ?? TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(epoch)))
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
            parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    func testAgreesWithTheGregorianCalendar() {
        let epochs: [Int64] = [
            0, -1, -86_400, -86_401, 951_782_400, 951_868_799, 1_709_164_800, 1_709_251_199, 4_107_542_399,
            -2_208_988_800, 253_402_300_799, 1_772_366_400,
        ]
        for epoch in epochs {
            for offset in [0, 60, -300, 330, 840, -720] {
                let time = CivilTime(epoch: epoch, offsetMinutes: offset)
                XCTAssertEqual(String(time.iso8601.dropLast(6)), reference(epoch, offset), "\(epoch) at \(offset) min")
            }
        }
    }

    func testLeapDaysAndOffsetsAreWritten() {
        XCTAssertEqual(CivilTime(epoch: 951_782_400, offsetMinutes: 0).date, "2000-02-29")
        XCTAssertEqual(CivilTime(epoch: 1_709_164_800, offsetMinutes: 0).date, "2024-02-29")
        XCTAssertEqual(CivilTime(epoch: -1, offsetMinutes: 0).iso8601, "1969-12-31T23:59:59+00:00")
        XCTAssertEqual(CivilTime(epoch: 0, offsetMinutes: -330).iso8601, "1969-12-31T18:30:00-05:30")
        XCTAssertEqual(CivilTime(epoch: 0, offsetMinutes: 345).iso8601, "1970-01-01T05:45:00+05:45")
    }

    /// Years outside four digits keep the old padding: zeros before the sign.
    func testYearsOutsideFourDigitsArePaddedAsBefore() {
        var bytes: [UInt8] = []
        CivilTime.append(-5, width: 4, to: &bytes)
        CivilTime.append(12_345, width: 4, to: &bytes)
        CivilTime.append(7, width: 2, to: &bytes)
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "00-51234507")
        XCTAssertEqual(CivilTime(epoch: -62_135_683_200, offsetMinutes: 0).date, "0000-12-31")
    }
}
