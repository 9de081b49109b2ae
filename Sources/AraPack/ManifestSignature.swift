import Foundation

/// `MANIFEST.sig`: an Ed25519 signature over the exact bytes of MANIFEST.json,
/// with the public key that made it.
struct ManifestSignature: Codable, Equatable {
    var algorithm = "Ed25519"
    /// Base64 of the raw 32-byte public key.
    var publicKey: String
    /// Base64 of the 64-byte signature.
    var signature: String

    static func sign(_ manifest: Data, with key: SigningKey) throws(PackError) -> Data {
        let signature = ManifestSignature(
            publicKey: key.publicKey.key.rawRepresentation.base64EncodedString(),
            signature: try key.sign(manifest).base64EncodedString())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            return try encoder.encode(signature) + Data("\n".utf8)
        } catch {
            throw .io(path: SealManifest.signatureName, message: "cannot encode: \(error)")
        }
    }

    /// Checks the signature (if any) over `manifest`. With a `trusted` key the
    /// archive must be signed, by that key; without one a signature present
    /// must still match the key it names, or a byte of the manifest changed.
    static func check(_ data: Data?, manifest: Data, trusted: VerifyingKey?, archive: String) throws(PackError)
        -> SignatureStatus
    {
        guard let data else {
            if trusted != nil {
                throw .signature(archive: archive, message: "not signed, but --key asks for a signature")
            }
            return SignatureStatus(signed: false, fingerprint: nil, trusted: false)
        }
        guard let decoded = try? JSONDecoder().decode(ManifestSignature.self, from: data),
            decoded.algorithm == "Ed25519", let raw = Data(base64Encoded: decoded.publicKey),
            let signature = Data(base64Encoded: decoded.signature)
        else {
            throw .signature(archive: archive, message: "\(SealManifest.signatureName) is not an Ed25519 signature")
        }
        let signer = try VerifyingKey(raw: raw, source: archive + ":" + SealManifest.signatureName)
        if let trusted, trusted != signer {
            throw .signature(
                archive: archive,
                message: "signed by key \(signer.fingerprint), not by the key given (\(trusted.fingerprint))")
        }
        guard signer.isValid(signature, for: manifest) else {
            throw .signature(
                archive: archive,
                message: "the signature does not match \(SealManifest.fileName): a byte changed after signing")
        }
        return SignatureStatus(signed: true, fingerprint: signer.fingerprint, trusted: trusted != nil)
    }
}

/// Whether and by whom an archive was signed, as verify reports it.
public struct SignatureStatus: Codable, Sendable, Equatable {
    public var signed: Bool
    /// The signer's key fingerprint.
    public var fingerprint: String?
    /// Whether it was checked against a key the user gave (`--key`), not only its own.
    public var trusted: Bool

    public init(signed: Bool, fingerprint: String?, trusted: Bool) {
        self.signed = signed
        self.fingerprint = fingerprint
        self.trusted = trusted
    }
}
