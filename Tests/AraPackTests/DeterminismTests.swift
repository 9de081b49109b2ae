import AraPack
import AraTestSupport
import Foundation
import XCTest

/// Packing depends on the bundle's content only: not on when, not on file
/// times or permissions, not on the time zone.
final class DeterminismTests: XCTestCase {
    static let example = TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort")

    func pack(_ bundle: URL, _ name: String) throws -> Data {
        let output = try TestSupport.temporaryDirectory(self).appendingPathComponent(name)
        _ = try Packer(arakitVersion: "test", allowFindings: true).pack(bundle: bundle, to: output)
        return try Data(contentsOf: output)
    }

    func testPackingTwiceGivesTheSameBytes() throws {
        let first = try pack(Self.example, "a.zip")
        XCTAssertEqual(first, try pack(Self.example, "b.zip"))
        XCTAssertGreaterThan(first.count, 1_000)
    }

    func testACopyWithOtherTimesAndPermissionsPacksTheSame() throws {
        let copy = try TestSupport.copy(Self.example, in: self)
        let enumerator = FileManager.default.enumerator(atPath: copy.path)
        var index = 0
        while let relative = enumerator?.nextObject() as? String {
            let path = copy.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            index += 1
            try FileManager.default.setAttributes(
                [
                    .modificationDate: Date(timeIntervalSince1970: 1_000_000_000 + Double(index) * 3_600),
                    .posixPermissions: isDirectory.boolValue ? 0o700 : (index % 2 == 0 ? 0o600 : 0o755),
                ], ofItemAtPath: path)
        }
        XCTAssertEqual(try pack(Self.example, "original.zip"), try pack(copy, "copy.zip"))
    }

    func testAChangedByteChangesTheArchive() throws {
        let copy = try TestSupport.copy(Self.example, in: self)
        let claims = copy.appendingPathComponent("logic/claims.md")
        var data = try Data(contentsOf: claims)
        data[data.startIndex + 10] ^= 1
        try data.write(to: claims)
        XCTAssertNotEqual(try pack(Self.example, "original.zip"), try pack(copy, "changed.zip"))
    }

    /// Not only equal between two runs: every entry states 1980-01-01 00:00
    /// and mode 0644 (read from the central directory's own bytes).
    func testEveryEntryHasTheFixedTimeAndMode() throws {
        let archive = try pack(Self.example, "a.zip")
        let bytes = [UInt8](archive)
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        var entries = 0
        for offset in 0..<(bytes.count - 46) where Array(bytes[offset..<offset + 4]) == signature {
            entries += 1
            XCTAssertEqual(bytes[offset + 5], 3, "made by Unix")
            XCTAssertEqual(Array(bytes[offset + 12..<offset + 16]), [0x00, 0x00, 0x21, 0x00], "DOS time and date")
            let attributes = bytes[offset + 38..<offset + 42].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            XCTAssertEqual(attributes >> 16, 0o100644, "mode")
        }
        XCTAssertEqual(entries, 22)
    }
}
