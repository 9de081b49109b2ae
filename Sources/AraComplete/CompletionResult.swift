import AraReview

/// What a guarded write came to.
public struct CompletionResult: Sendable {
    public enum Status: String, Sendable {
        /// Review found nothing new; the file was written.
        case written
        /// The file already says exactly this; nothing was written.
        case unchanged
        /// Review would find something new; nothing was written.
        case refused
    }

    public var status: Status
    /// The object written (`C03`, `RW02`, `evidence/figures/figure1_x.md`).
    public var target: String
    /// The bundle-relative file it lives in.
    public var path: String
    /// Refused: the findings the write would have added, the exact reasons.
    public var reasons: [Finding] = []
    /// Written or unchanged: what review still reports of the object (its
    /// other pending fields), from the review of the text that was written.
    public var remaining: [Finding] = []
    /// Findings the write adds that are expected, not refused (an experiment
    /// just added is cited by no claim until a Proof names it).
    public var notes: [Finding] = []
}
