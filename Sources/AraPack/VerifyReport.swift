import AraReview

/// What verify found in an archive (or unpacked directory) that is sealed:
/// anything broken is a ``PackError`` instead.
public struct VerifyReport: Codable, Sendable {
    /// The archive or directory as the user named it.
    public var archive: String
    /// Files the manifest seals (RO-Crate metadata included), all present and unchanged.
    public var files: Int
    public var bytes: Int64
    /// The AraKit that packed it.
    public var packedBy: String
    public var signature: SignatureStatus
    /// The review recorded at packing time, and the review now.
    public var sealedReview: ReviewSummary
    public var review: ReviewSummary
    /// The first findings of the review now, as `path:line:col: CODE message`.
    public var findings: [String]

    /// Findings listed in a report; the counts above hold them all.
    static let findingsShown = 20

    /// Sealed and the review clean: exit status 0, else 1.
    public var clean: Bool { review.total == 0 }
}
