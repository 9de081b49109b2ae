/// One check of a bundle. Each rule lives in its own file under `Rules/` and
/// is found through ``RuleRegistry``.
///
/// A rule reads the ``ReviewContext`` and returns findings; it never writes.
/// Fixes are returned as data on the findings and applied by ``FixApplier``.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
    /// Whether the rule does far more work than most (it compares every
    /// claim with every node): such rules start first, so that no core
    /// waits alone for one of them at the end of a review.
    var runsLong: Bool { get }
    func check(_ context: ReviewContext) -> [Finding]
}

extension Rule {
    public var runsLong: Bool { false }
}
