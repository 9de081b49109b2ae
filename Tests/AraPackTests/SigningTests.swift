import AraPack
import AraTestSupport
import Foundation
import XCTest

final class SigningTests: XCTestCase {
    struct Keys {
        let folder: URL
        var alice: URL { folder.appendingPathComponent("alice") }
        var mallory: URL { folder.appendingPathComponent("mallory") }
        func pub(_ key: URL) -> URL { URL(fileURLWithPath: key.path + ".pub") }
    }

    func keys() throws -> Keys {
        let keys = Keys(folder: try TestSupport.temporaryDirectory(self))
        _ = try KeyGenerator.generate(at: keys.alice, force: false)
        _ = try KeyGenerator.generate(at: keys.mallory, force: false)
        return keys
    }

    func testKeygenWritesAPrivateKeyOnlyItsOwnerReads() throws {
        let keys = try keys()
        let mode = { (url: URL) in
            (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) ?? -1
        }
        XCTAssertEqual(try mode(keys.alice), 0o600)
        XCTAssertEqual(try mode(keys.pub(keys.alice)), 0o644)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: keys.folder.path).count, 4, "leftovers")
    }

    func testKeygenNeverReplacesAKeyWithoutForce() throws {
        let keys = try keys()
        let before = try Data(contentsOf: keys.alice)
        XCTAssertThrowsError(try KeyGenerator.generate(at: keys.alice, force: false)) { error in
            XCTAssertTrue("\(error)".contains("already exists"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: keys.alice), before)
        _ = try KeyGenerator.generate(at: keys.alice, force: true)
        XCTAssertNotEqual(try Data(contentsOf: keys.alice), before)
    }

    func testAPrivateKeyOthersCanReadIsRefused() throws {
        let keys = try keys()
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: keys.alice.path)
        XCTAssertThrowsError(try SigningKey.load(keys.alice)) { error in
            XCTAssertTrue("\(error)".contains("chmod 600"), "\(error)")
        }
    }

    func testTheRightKeyVerifiesAndAWrongKeyIsRefused() throws {
        let keys = try keys()
        let archive = keys.folder.appendingPathComponent("signed.zip")
        let packer = Packer(arakitVersion: "test", signingKey: try SigningKey.load(keys.alice))
        _ = try packer.pack(bundle: DeterminismTests.example, to: archive)
        let alice = try VerifyingKey.load(keys.pub(keys.alice))
        let report = try Verifier(trustedKey: alice).verify(archive: archive, display: "signed.zip")
        XCTAssertEqual(report.signature, SignatureStatus(signed: true, fingerprint: alice.fingerprint, trusted: true))
        let mallory = try VerifyingKey.load(keys.pub(keys.mallory))
        XCTAssertThrowsError(try Verifier(trustedKey: mallory).verify(archive: archive, display: "signed.zip")) {
            XCTAssertTrue("\($0)".contains("not by the key given"), "\($0)")
        }
        // Without --key the signature is still checked against the key it names.
        XCTAssertTrue(try Verifier().verify(archive: archive, display: "signed.zip").signature.signed)
    }

    func testAnUnsignedArchiveFailsWhenAKeyIsRequired() throws {
        let keys = try keys()
        let archive = keys.folder.appendingPathComponent("plain.zip")
        _ = try Packer(arakitVersion: "test").pack(bundle: DeterminismTests.example, to: archive)
        let alice = try VerifyingKey.load(keys.pub(keys.alice))
        XCTAssertThrowsError(try Verifier(trustedKey: alice).verify(archive: archive, display: "plain.zip")) {
            XCTAssertEqual(
                $0 as? PackError,
                .signature(archive: "plain.zip", message: "not signed, but --key asks for a signature"))
        }
    }

    func testAManifestChangedAfterSigningIsRefused() throws {
        let keys = try keys()
        let archive = keys.folder.appendingPathComponent("signed.zip")
        let packer = Packer(arakitVersion: "test", signingKey: try SigningKey.load(keys.alice))
        _ = try packer.pack(bundle: DeterminismTests.example, to: archive)
        let unpacked = keys.folder.appendingPathComponent("out")
        _ = try Unpacker(verifier: Verifier()).unpack(archive: archive, display: "signed.zip", to: unpacked)
        let manifest = unpacked.appendingPathComponent("MANIFEST.json")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"test\"", with: "\"tesT\"").utf8).write(to: manifest)
        XCTAssertThrowsError(try Verifier().verify(directory: unpacked, display: "out")) {
            XCTAssertTrue("\($0)".contains("a byte changed after signing"), "\($0)")
        }
    }
}
