import AraReview
import Foundation

/// `arakit verify`: an archive (or a directory unpacked from one) holds exactly
/// the files its manifest sealed, byte for byte, signed as claimed; then the
/// review runs on what it holds.
public struct Verifier: Sendable {
    public var trustedKey: VerifyingKey?
    public var limits: PackLimits
    /// MANIFEST.json and MANIFEST.sig are read whole; past this they are not AraKit's.
    static let maxManifestBytes = 64 << 20

    public init(trustedKey: VerifyingKey? = nil, limits: PackLimits = .default) {
        self.trustedKey = trustedKey
        self.limits = limits
    }

    /// Verifies a ZIP archive, inflated into a private temporary directory that is removed afterwards.
    public func verify(archive url: URL, display: String) throws(PackError) -> VerifyReport {
        let scratch = try ScratchDirectory.make(in: FileManager.default.temporaryDirectory, name: "arakit-verify")
        defer { scratch.remove() }
        return try verify(archive: url, display: display, into: scratch.url)
    }

    /// Verifies a ZIP archive inflated into `directory`, a new empty directory of the caller's.
    func verify(archive url: URL, display: String, into directory: URL) throws(PackError) -> VerifyReport {
        let reader = try ArchiveReader(url: url, display: display, limits: limits)
        let found = try reader.extract(try reader.inspect(), into: directory)
        return try check(found, root: directory, display: display)
    }

    /// Verifies a directory that `arakit unpack` (or any unzip) made.
    public func verify(directory url: URL, display: String) throws(PackError) -> VerifyReport {
        let source = try PackSource.list(url, limits: limits, allowingReserved: true)
        var found: [String: SealManifest.FileRecord] = [:]
        for path in source.paths { found[path] = try source.record(path) }
        return try check(found, root: url, display: display)
    }

    func check(_ found: [String: SealManifest.FileRecord], root: URL, display: String) throws(PackError)
        -> VerifyReport
    {
        guard found[SealManifest.fileName] != nil, let manifestData = read(SealManifest.fileName, in: root) else {
            throw .badManifest(
                archive: display,
                message: "no \(SealManifest.fileName): not an archive AraKit sealed (make one with `arakit pack`)")
        }
        let manifest = try SealManifest.decode(manifestData, archive: display)
        let signatureData = found[SealManifest.signatureName] == nil ? nil : read(SealManifest.signatureName, in: root)
        let signature = try ManifestSignature.check(
            signatureData, manifest: manifestData, trusted: trustedKey, archive: display)
        let problems = SealComparison.problems(manifest, found: found)
        guard problems.isEmpty else { throw .tampered(archive: display, problems: problems) }
        let review = try Packer.review(root)
        return VerifyReport(
            archive: display, files: manifest.files.count, bytes: manifest.files.reduce(0) { $0 + $1.size },
            packedBy: manifest.arakitVersion, signature: signature, sealedReview: manifest.review,
            review: ReviewSummary(review.findings),
            findings: review.findings.prefix(VerifyReport.findingsShown).map {
                "\($0.location): \($0.code) \($0.message)"
            })
    }

    func read(_ name: String, in root: URL) -> Data? {
        guard let handle = FileHandle(forReadingAtPath: root.appendingPathComponent(name).path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: Self.maxManifestBytes + 1), data.count <= Self.maxManifestBytes
        else { return nil }
        return data
    }
}
