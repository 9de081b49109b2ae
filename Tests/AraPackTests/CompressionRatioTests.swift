import AraPack
import AraTestSupport
import Foundation
import XCTest
import ZIPFoundation

/// Pack never writes what verify refuses (issue 20, item 3): a file that would
/// deflate past verify's ratio cap is stored as it is, and verify still
/// refuses an entry deflated that far when someone else wrote it.
final class CompressionRatioTests: XCTestCase {
    func testAFileOfZerosIsStoredAndTheArchiveVerifies() throws {
        let bundle = try TestSupport.copy(DeterminismTests.example, in: self)
        try Data(count: 4 << 20).write(to: bundle.appendingPathComponent("src/execution/zeros.txt"))
        let archive = try TestSupport.temporaryDirectory(self).appendingPathComponent("zeros.zip")
        let packed = try Packer(arakitVersion: "test").pack(bundle: bundle, to: archive)
        let report = try Verifier().verify(archive: archive, display: "zeros.zip")
        XCTAssertEqual(report.files, packed.manifest.files.count)
        let entries = try Archive(url: archive, accessMode: .read)
        let zeros = try XCTUnwrap(entries["src/execution/zeros.txt"])
        XCTAssertEqual(zeros.compressedSize, 4 << 20, "stored, not deflated")
        XCTAssertNotEqual(
            try XCTUnwrap(entries["logic/claims.md"]).compressedSize,
            try XCTUnwrap(entries["logic/claims.md"]).uncompressedSize, "text is still deflated")
    }

    func testAHandMadeBombIsStillRefused() throws {
        let archive = try TestSupport.temporaryDirectory(self).appendingPathComponent("bomb.zip")
        _ = try Packer(arakitVersion: "test").pack(bundle: DeterminismTests.example, to: archive)
        let zeros = Data(count: 4 << 20)
        try Archive(url: archive, accessMode: .update).addEntry(
            with: "evidence/zeros.md", type: .file, uncompressedSize: Int64(zeros.count), compressionMethod: .deflate,
            provider: { position, size in zeros.subdata(in: Int(position)..<Int(position) + size) })
        XCTAssertThrowsError(try Verifier().verify(archive: archive, display: "bomb.zip")) { error in
            guard case PackError.bomb(_, let entry, let reason) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(entry, "evidence/zeros.md")
            XCTAssertTrue(reason.contains("past the 200:1 cap"), reason)
        }
    }

    func testTheRatioQuestionIsMonotone() {
        let limits = PackLimits.default
        XCTAssertFalse(limits.refusesRatio(size: limits.ratioFloor - 1, compressed: 0), "small entries pass")
        XCTAssertTrue(limits.refusesRatio(size: 4 << 20, compressed: 4_080))
        XCTAssertFalse(limits.refusesRatio(size: 4 << 20, compressed: 4 << 20))
        var refused = true
        for compressed in stride(from: Int64(0), through: 40_000, by: 97) {
            let now = limits.refusesRatio(size: 4 << 20, compressed: compressed)
            XCTAssertFalse(now && !refused, "refused again at \(compressed) bytes")
            refused = now
        }
    }
}
