import AraPack
import AraTestSupport
import Foundation
import XCTest

/// What pack refuses, each with an error that names the place and the mend.
final class PackRefusalTests: XCTestCase {
    func packError(_ bundle: URL, to output: URL? = nil, allowFindings: Bool = false) throws -> PackError? {
        let target = try output ?? TestSupport.temporaryDirectory(self).appendingPathComponent("out.zip")
        do {
            _ = try Packer(arakitVersion: "test", allowFindings: allowFindings).pack(bundle: bundle, to: target)
            return nil
        } catch {
            XCTAssertFalse(FileManager.default.fileExists(atPath: target.path), "\(error) still wrote the archive")
            return error
        }
    }

    func example() throws -> URL {
        try TestSupport.copy(DeterminismTests.example, in: self)
    }

    func testASymbolicLinkIsRefusedEvenInsideTheBundle() throws {
        let bundle = try example()
        try FileManager.default.createSymbolicLink(
            atPath: bundle.appendingPathComponent("logic/alias.md").path, withDestinationPath: "claims.md")
        let error = try packError(bundle)
        XCTAssertEqual(error, .notRegularFile(path: "logic/alias.md", reason: "a symbolic link"))
    }

    func testALinkOutsideTheBundleIsRefused() throws {
        let bundle = try example()
        try FileManager.default.createSymbolicLink(
            atPath: bundle.appendingPathComponent("secret").path, withDestinationPath: "/etc/hostname")
        let error = try packError(bundle)
        XCTAssertTrue(error?.description.contains("secret") ?? false, "\(String(describing: error))")
    }

    func testReservedNamesAndOutputInsideTheBundleAreRefused() throws {
        let bundle = try example()
        XCTAssertEqual(
            try packError(bundle, to: bundle.appendingPathComponent("x.zip")),
            .outputInsideBundle(path: bundle.appendingPathComponent("x.zip").path))
        try Data("{}".utf8).write(to: bundle.appendingPathComponent("MANIFEST.json"))
        XCTAssertEqual(try packError(bundle), .reservedName(path: "MANIFEST.json"))
    }

    func testReviewErrorsAreRefusedUnlessAllowed() throws {
        let bundle = try TestSupport.bundle(["PAPER.md": "---\ntitle: Broken\nyear: 2026\n---\n# Broken\n"], in: self)
        guard case .reviewErrors(let count, let first)? = try packError(bundle) else {
            return XCTFail("a bundle missing its core files was packed")
        }
        XCTAssertGreaterThan(count, 0)
        XCTAssertFalse(first.isEmpty)
        XCTAssertNil(try packError(bundle, allowFindings: true))
    }

    func testAnUndatedBundleSaysWhatToAdd() throws {
        let bundle = try TestSupport.bundle(["PAPER.md": "---\ntitle: Undated\n---\n# Undated\n"], in: self)
        let error = try packError(bundle, allowFindings: true)
        XCTAssertTrue(error?.description.contains("states no date") ?? false, "\(String(describing: error))")
    }
}
