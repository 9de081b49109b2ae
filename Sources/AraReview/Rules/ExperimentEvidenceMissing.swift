import AraCore

/// XL006: an experiment's Evidence path does not exist.
struct ExperimentEvidenceMissing: Rule {
    let description = RuleDescription(
        code: "XL006", name: "experiment-evidence-missing", severity: .error,
        summary: "An experiment's Evidence names a path under evidence/ that does not exist.",
        why: "The experiment says where its results are; if that file is missing, its claims are ungrounded.",
        example: "- **Evidence**: evidence/tables/table9_ablation.md (no such file)",
        howToFix: "Add the evidence file or correct the path; write `pending` when results do not exist yet.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.experiments.flatMap { experiment -> [Finding] in
            guard let field = experiment.field(.evidence) else { return [] }
            let named = FieldPaths.references(in: field, barePrefix: "evidence/").filter {
                $0.path.contains("evidence/") || $0.kind == .link || $0.isAbsolute
            }
            return named.compactMap { reference in
                guard !context.leavesBundle(reference), context.resolve(reference, from: field.location.path) == nil
                else { return nil }
                return Finding(
                    description, at: reference.location,
                    "experiment \(experiment.id) names \(reference.path), which does not exist",
                    entity: experiment.id)
            }
        }
    }
}
