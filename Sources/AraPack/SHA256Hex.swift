import Crypto
import Foundation

/// SHA-256 as lower-case hex, the form MANIFEST.json records.
enum SHA256Hex {
    static func of(_ data: Data) -> String { hex(SHA256.hash(data: data)) }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
