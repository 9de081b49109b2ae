/// One check of a bundle. Each rule lives in its own file under `Rules/` and
/// is found through ``RuleRegistry``.
///
/// A rule reads the ``ReviewContext`` and returns findings; it never writes.
/// Fixes are returned as data on the findings and applied by ``FixApplier``.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
    /// How much work the rule does as a bundle grows: rules run on every
    /// core, the heaviest first, so that no core is left alone with a long
    /// rule at the end of a review while the others wait.
    var workload: RuleWorkload { get }
    func check(_ context: ReviewContext) -> [Finding]
}

extension Rule {
    public var workload: RuleWorkload { .lookups }
}

/// What a rule's work grows with.
public enum RuleWorkload: Int, Sendable {
    /// Look-ups by id or path: little work however large the bundle.
    case lookups
    /// Every line of a file, or the prose of every claim, read word by word.
    case scansText
    /// Every claim's prose read phrase by phrase and held against its own
    /// other fields or the evidence it cites.
    case comparesClaimProse
    /// Every claim or heuristic held against every node of a kind.
    case comparesPairs
}
