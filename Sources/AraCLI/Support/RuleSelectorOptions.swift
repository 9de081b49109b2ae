import AraReview
import ArgumentParser

/// `--select` and `--ignore`: which rules a review runs.
struct RuleSelectorOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Rule codes, prefixes or names to run, comma-separated (replaces arakit.toml's select).",
            valueName: "codes"))
    var select: [String] = []

    @Option(help: ArgumentHelp("Rule codes, prefixes or names to skip, comma-separated.", valueName: "codes"))
    var ignore: [String] = []

    func validate() throws {
        let unknown = RuleSelection.unknown(RuleSelection.selectors(select) + RuleSelection.selectors(ignore))
        if !unknown.isEmpty {
            throw ValidationError(
                "unknown rule selector(s): \(unknown.joined(separator: ", ")) (list them with `arakit rule --all`)")
        }
    }

    /// A reviewer running the selected rules (arakit.toml's select when none are given).
    func reviewer() -> Reviewer {
        Reviewer(
            select: select.isEmpty ? nil : RuleSelection.selectors(select), ignore: RuleSelection.selectors(ignore))
    }
}
