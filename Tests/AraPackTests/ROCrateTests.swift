import AraPack
import AraTestSupport
import Foundation
import XCTest

/// The archive opens in RO-Crate tools: `rocrate-validator` (PyPI
/// roc-validator, installed by `make setup`) passes it against the RO-Crate
/// 1.1 profile, REQUIRED checks.
final class ROCrateTests: XCTestCase {
    /// Runs the validator's own CLI. The validator fetches the JSON-LD context
    /// from w3id.org; offline, the copy shipped in the `rocrate` package
    /// (PyPI, ro-crate-py) answers instead. It is the 1.3 context, which
    /// defines the same schema.org terms for every property AraKit writes.
    static let validator = #"""
        import sys
        try:
            import requests
            from rocrate_validator.cli import cli
            from rocrate_validator.utils.http import HttpRequester
        except ImportError:
            print("rocrate-validator is not installed (pip install roc-validator)"); sys.exit(77)
        try:
            from importlib.resources import files
            local = files("rocrate").joinpath("data/ro-crate.jsonld").read_bytes()
        except Exception:
            local = None
        fetch = HttpRequester.__getattr__
        def get(self, url, *args, **kwargs):
            try:
                response = fetch(self, "get")(url, *args, **kwargs)
                if response.status_code == 200:
                    return response
            except Exception:
                pass
            if not (url.startswith("https://w3id.org/ro/crate/") and url.rstrip("/").endswith("/context")):
                return fetch(self, "get")(url, *args, **kwargs)
            if local is None:
                print("offline and no local RO-Crate context (pip install rocrate)"); sys.exit(77)
            response = requests.Response()
            response.status_code, response.url, response._content = 200, url, local
            response.headers["Content-Type"] = "application/ld+json"
            return response
        HttpRequester.get = get
        sys.exit(cli())
        """#

    func testUnpackedArchiveIsAValidROCrate11() throws {
        let folder = try TestSupport.temporaryDirectory(self)
        let archive = folder.appendingPathComponent("tiny.zip")
        _ = try Packer(arakitVersion: "test").pack(bundle: DeterminismTests.example, to: archive)
        let crate = folder.appendingPathComponent("crate")
        _ = try Unpacker(verifier: Verifier()).unpack(archive: archive, display: "tiny.zip", to: crate)
        let arguments = ["-y", "--disable-color", "validate", "-p", "ro-crate-1.1", "--no-auto-profile", crate.path]
        let (status, output) = try python(["-c", Self.validator] + arguments)
        if status == 77 { throw XCTSkip("RO-Crate validation skipped: \(output)") }
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.contains("is a valid ro-crate-1.1"), output)
    }

    func python(_ arguments: [String]) throws -> (Int32, String) {
        try TestSupport.python(arguments, environment: ["COLUMNS": "200"])
    }
}
