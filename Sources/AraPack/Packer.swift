import AraCore
import AraReview
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `arakit pack`: one deterministic ZIP holding the bundle, MANIFEST.json
/// (every file's size and SHA-256, the review at packing time), the RO-Crate
/// metadata and, when a key is given, MANIFEST.sig.
public struct Packer: Sendable {
    public var arakitVersion: String
    public var allowFindings: Bool
    public var signingKey: SigningKey?
    public var limits: PackLimits

    public init(
        arakitVersion: String, allowFindings: Bool = false, signingKey: SigningKey? = nil,
        limits: PackLimits = .default
    ) {
        self.arakitVersion = arakitVersion
        self.allowFindings = allowFindings
        self.signingKey = signingKey
        self.limits = limits
    }

    /// What was packed.
    public struct Outcome: Sendable {
        public var manifest: SealManifest
        public var signer: VerifyingKey?
        public var archiveBytes: Int64
    }

    public func pack(bundle root: URL, to output: URL) throws(PackError) -> Outcome {
        if BundleFileSystem.isInside(output, root: root) { throw .outputInsideBundle(path: output.path) }
        let source = try PackSource.list(root, limits: limits)
        let temporary = OwnedTemporaryFile.url(beside: output)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let (review, records) = try Self.reviewWhileArchiving(source, into: temporary)
        let summary = ReviewSummary(review.findings)
        if summary.errors > 0, !allowFindings {
            let first = review.findings.filter { $0.severity == .error }.prefix(3)
            throw .reviewErrors(count: summary.errors, first: first.map { "\($0.location): \($0.code) \($0.message)" })
        }
        let crate = try ROCrateMetadata.render(manifest: review.bundle.manifest, files: records)
        let crateRecord = SealManifest.FileRecord(
            path: ROCrateMetadata.fileName, size: Int64(crate.count), sha256: SHA256Hex.of(crate))
        let manifest = SealManifest(
            arakitVersion: arakitVersion, files: (records + [crateRecord]).sorted { $0.path < $1.path },
            review: summary)
        let manifestData = try manifest.encoded()
        // The seal goes last, in this fixed order, after the bundle's files in path order.
        let writer = try SealedArchiveWriter(at: temporary, appending: true, limits: limits)
        try writer.add(ROCrateMetadata.fileName, data: crate)
        try writer.add(SealManifest.fileName, data: manifestData)
        if let signingKey {
            try writer.add(SealManifest.signatureName, data: try ManifestSignature.sign(manifestData, with: signingKey))
        }
        guard rename(temporary.path, output.path) == 0 else {
            throw .io(
                path: output.path, message: "cannot move the archive into place: \(String(cString: strerror(errno)))")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int64) ?? nil
        return Outcome(manifest: manifest, signer: signingKey?.publicKey, archiveBytes: size ?? 0)
    }

    static func review(_ root: URL) throws(PackError) -> BundleReview {
        do {
            return try Reviewer().review(at: root)
        } catch {
            throw .reviewFailed(error.description)
        }
    }

    /// The review and the archiving of the bundle's files read the same files
    /// and need nothing from each other: they run at once, on two cores.
    static func reviewWhileArchiving(_ source: PackSource, into temporary: URL) throws(PackError)
        -> (BundleReview, [SealManifest.FileRecord])
    {
        enum Done: Sendable {
            case review(Result<BundleReview, PackError>)
            case archive(Result<[SealManifest.FileRecord], PackError>)
        }
        let done = ParallelMap.map([true, false]) { (reviewing: Bool) -> Done in
            if reviewing { return .review(Result { () throws(PackError) in try Self.review(source.root) }) }
            return .archive(
                Result { () throws(PackError) in
                    let writer = try SealedArchiveWriter(at: temporary, limits: source.limits)
                    var records: [SealManifest.FileRecord] = []
                    for path in source.paths { records.append(try writer.add(path, from: source)) }
                    return records
                })
        }
        var review: BundleReview?
        var records: [SealManifest.FileRecord] = []
        for result in done {
            switch result {
            case .review(let outcome): review = try outcome.get()
            case .archive(let outcome): records = try outcome.get()
            }
        }
        guard let review else { throw .reviewFailed("the review did not run") }
        return (review, records)
    }
}
