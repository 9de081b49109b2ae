import AraPack
import AraTestSupport
import Foundation
import XCTest

final class VerifierTests: XCTestCase {
    func testCorpusBundlesSealAndVerifyWithTheSameReview() throws {
        let corpus = try TestSupport.requireCorpus()
        let folder = try TestSupport.temporaryDirectory(self)
        for name in ["the-ara-of-ara", "nanogpt_ara", "resnet-ara-example", "minimal-artifact"] {
            let archive = folder.appendingPathComponent(name + ".zip")
            let packed = try Packer(arakitVersion: "test", allowFindings: true)
                .pack(bundle: corpus.appendingPathComponent(name), to: archive)
            let report = try Verifier().verify(archive: archive, display: name)
            XCTAssertEqual(report.files, packed.manifest.files.count, name)
            XCTAssertEqual(report.review, packed.manifest.review, name)
            XCTAssertEqual(report.clean, packed.manifest.review.total == 0, name)
        }
    }

    func testAPlainBundleDirectoryIsNotSealed() throws {
        XCTAssertThrowsError(try Verifier().verify(directory: DeterminismTests.example, display: "tiny-sort")) {
            XCTAssertTrue("\($0)".contains("no MANIFEST.json"), "\($0)")
        }
    }

    func testAFileChangedInAnUnpackedDirectoryIsFound() throws {
        let folder = try TestSupport.temporaryDirectory(self)
        let archive = folder.appendingPathComponent("tiny.zip")
        _ = try Packer(arakitVersion: "test").pack(bundle: DeterminismTests.example, to: archive)
        let unpacked = folder.appendingPathComponent("out")
        XCTAssertTrue(try Unpacker(verifier: Verifier()).unpack(archive: archive, display: "a", to: unpacked).clean)
        try Data("changed\n".utf8).write(to: unpacked.appendingPathComponent("logic/claims.md"))
        XCTAssertThrowsError(try Verifier().verify(directory: unpacked, display: "out")) {
            XCTAssertTrue("\($0)".contains("changed: logic/claims.md"), "\($0)")
        }
    }

    /// Every field of every local header that the central directory also
    /// states (CRC, sizes, method, name) is checked against it: a changed
    /// copy reads as another archive to a tool that believes it.
    func testALocalHeaderThatDisagreesWithTheDirectoryIsTampering() throws {
        let folder = try TestSupport.temporaryDirectory(self)
        let archive = folder.appendingPathComponent("tiny.zip")
        _ = try Packer(arakitVersion: "test").pack(bundle: DeterminismTests.example, to: archive)
        let original = try Data(contentsOf: archive)
        XCTAssertNoThrow(try Verifier().verify(archive: archive, display: "tiny.zip"))
        // The second entry's local header: it starts where the first entry's data ends.
        let nameLength = Int(original[26]) | Int(original[27]) << 8
        let firstSize = original[18..<22].reversed().reduce(0) { $0 << 8 | Int($1) }
        let second = 30 + nameLength + firstSize
        // (A changed method ZIPFoundation itself refuses to read.)
        for (field, offset) in [("CRC", 14), ("compressed size", 18), ("size", 22), ("name", 30)] {
            var changed = original
            changed[second + offset] ^= 0x01
            let tampered = folder.appendingPathComponent("tampered.zip")
            try changed.write(to: tampered)
            XCTAssertThrowsError(try Verifier().verify(archive: tampered, display: "t.zip"), field) {
                XCTAssertTrue("\($0)".contains("not what was sealed"), "\(field): \($0)")
            }
        }
    }

    func testNotAZipIsAClearError() throws {
        let file = try TestSupport.temporaryDirectory(self).appendingPathComponent("x.zip")
        try Data("not a zip".utf8).write(to: file)
        XCTAssertThrowsError(try Verifier().verify(archive: file, display: "x.zip")) {
            XCTAssertTrue("\($0)".contains("not a readable ZIP archive"), "\($0)")
        }
    }
}
