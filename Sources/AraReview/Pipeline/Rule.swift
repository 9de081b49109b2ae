/// One check of a bundle. Each rule lives in its own file under `Rules/` and
/// is found through ``RuleRegistry``.
///
/// A rule reads the ``ReviewContext`` and returns findings; it never writes.
/// Fixes are returned as data on the findings and applied by ``FixApplier``.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
    func check(_ context: ReviewContext) -> [Finding]
}
