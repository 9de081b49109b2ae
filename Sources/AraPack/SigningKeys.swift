import Crypto
import Foundation

/// An Ed25519 private key read from a file `arakit keygen` wrote.
public struct SigningKey: Sendable {
    static let tag = "arakit-ed25519-private"
    let key: Curve25519.Signing.PrivateKey

    public var publicKey: VerifyingKey { VerifyingKey(key: key.publicKey) }

    /// Reads the key, refusing one that others can read (as ssh does): a
    /// leaked signing key signs archives in the authors' name.
    public static func load(_ url: URL) throws(PackError) -> SigningKey {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            throw .key(path: url.path, message: "no such key file (create one with `arakit keygen NAME`)")
        }
        guard info.st_mode & 0o077 == 0 else {
            throw .key(
                path: url.path,
                message: "the private key is readable by others (mode \(String(info.st_mode & 0o777, radix: 8))); "
                    + "run `chmod 600 \(url.path)`")
        }
        let raw = try KeyFileText.read(url, tag: tag)
        do {
            return SigningKey(key: try Curve25519.Signing.PrivateKey(rawRepresentation: raw))
        } catch {
            throw .key(path: url.path, message: "not an Ed25519 private key (\(error))")
        }
    }

    /// A fresh random key.
    public static func generate() -> SigningKey { SigningKey(key: Curve25519.Signing.PrivateKey()) }

    var fileText: String { KeyFileText.render(tag: Self.tag, raw: key.rawRepresentation, comment: nil) }

    func sign(_ data: Data) throws(PackError) -> Data {
        do {
            return try key.signature(for: data)
        } catch {
            throw .key(path: "(signing key)", message: "cannot sign: \(error)")
        }
    }
}

/// An Ed25519 public key: what `verify --key` trusts.
public struct VerifyingKey: Sendable, Equatable {
    static let tag = "arakit-ed25519-public"
    let key: Curve25519.Signing.PublicKey

    public static func == (lhs: VerifyingKey, rhs: VerifyingKey) -> Bool {
        lhs.key.rawRepresentation == rhs.key.rawRepresentation
    }

    /// `SHA256:` and the base64 of the key's digest, as ssh shows fingerprints.
    public var fingerprint: String {
        "SHA256:" + Data(SHA256.hash(data: key.rawRepresentation)).base64EncodedString()
    }

    public static func load(_ url: URL) throws(PackError) -> VerifyingKey {
        let raw = try KeyFileText.read(url, tag: tag)
        return try VerifyingKey(raw: raw, source: url.path)
    }

    init(key: Curve25519.Signing.PublicKey) { self.key = key }

    init(raw: Data, source: String) throws(PackError) {
        do {
            key = try Curve25519.Signing.PublicKey(rawRepresentation: raw)
        } catch {
            throw .key(path: source, message: "not an Ed25519 public key (\(error))")
        }
    }

    func fileText(comment: String) -> String {
        KeyFileText.render(tag: Self.tag, raw: key.rawRepresentation, comment: comment)
    }

    func isValid(_ signature: Data, for data: Data) -> Bool { key.isValidSignature(signature, for: data) }
}

/// One line per key file: `TAG BASE64 [COMMENT]`.
enum KeyFileText {
    static func render(tag: String, raw: Data, comment: String?) -> String {
        ([tag, raw.base64EncodedString()] + (comment.map { [$0] } ?? [])).joined(separator: " ") + "\n"
    }

    static func read(_ url: URL, tag: String) throws(PackError) -> Data {
        guard let data = FileManager.default.contents(atPath: url.path), data.count < 4096 else {
            throw .key(path: url.path, message: "cannot read the key file (or it is too large to be a key)")
        }
        let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard fields.count >= 2, fields[0] == tag, let raw = Data(base64Encoded: String(fields[1])) else {
            let other = fields.first.map(String.init) ?? "nothing"
            throw .key(path: url.path, message: "expected a key of kind \(tag), found \(other)")
        }
        return raw
    }
}
