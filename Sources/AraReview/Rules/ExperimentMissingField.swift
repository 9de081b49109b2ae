import AraCore

/// EX001: an experiment without one of its required fields.
struct ExperimentMissingField: Rule {
    let description = RuleDescription(
        code: "EX001", name: "experiment-missing-field", severity: .error,
        summary: "An experiment lacks Verifies, Setup, Procedure or Metrics (or leaves one empty).",
        why: "An experiment plan is only rerunnable and checkable with what it tests, on what, how, and measured how.",
        example: "## E02: Depth scan\n- **Verifies**: C01\n- **Metrics**: top-1 error",
        howToFix: "Add the missing `- **Field**: value` line under the experiment's heading.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.experiments.flatMap {
            RequiredFields.findings(
                description, required: RequiredFields.experiment, section: $0.section, what: "experiment")
        }
    }
}
