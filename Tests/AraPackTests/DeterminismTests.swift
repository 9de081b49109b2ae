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
}
