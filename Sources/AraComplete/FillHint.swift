/// What would fill a pending field: the form the value takes and the review
/// rules that will check it when `arakit fill` writes it (SPEC.md §15.1).
enum FillHint {
    static func text(kind: CompletionTarget.Kind?, field: String, writable: Bool) -> String {
        let specific = kind.flatMap { hints[$0]?[field.lowercased()] } ?? generic(field)
        return writable ? specific : specific + " (completion does not write this field: edit the file)"
    }

    static func generic(_ field: String) -> String {
        field == "Title" ? "a short title for the object" : "text stating this field; review must find nothing new"
    }

    static let numbers = "each decimal or % must be in a cell of a table its chain reaches (EV011)"

    static let hints: [CompletionTarget.Kind: [String: String]] = [
        .claim: [
            "title": "a short title naming what the claim asserts",
            "statement": "one falsifiable sentence, scoped to what was tested (CL005, CL006); " + numbers,
            "status": "hypothesis, supported, partially supported or refuted (CL002); supported needs a Proof (CL003)",
            "falsification criteria": "the observation that would refute the claim, with its threshold",
            "proof": "the experiments that test it, as [E01, E02]; each must exist (XL001)",
            "evidence basis": "the numbers and the table they come from (`Table 1: at n = 8, 0.82 µs`); " + numbers,
            "sources":
                "one list item per value: `- value ← path:line «exact quote» [tag]`; the quote must be at that "
                + "line (SR002, SR003) and hold every number of the value (SR004)",
            "dependencies": "the claims it rests on, as [C01], or none; each must exist (XL003, XL004)",
            "tags": "a few comma-separated keywords",
        ],
        .experiment: [
            "title": "a short title naming the experiment",
            "verifies": "the claims it tests, as C01, C02; each must exist (XL002)",
            "setup": "system, data and code as the paper or repository states them",
            "procedure": "the steps, as the paper describes them",
            "metrics": "what is measured and in which unit",
            "expected outcome": "the direction of the effect, no exact numbers",
            "evidence":
                "the evidence files that hold its results (`evidence/tables/table1_x.md`); each must exist (XL006)",
        ],
        .heuristic: [
            "title": "a short title naming the heuristic",
            "rationale": "why the choice works, as the paper or code says",
            "sensitivity": "low, medium or high, then why (ST008)",
            "code ref": "the path of the code in the bundle that applies it (XL005)",
        ],
        .relatedWork: [
            "type": "one of imports, bounds, baseline, extends or refutes (ST009)",
            "delta": "one sentence: what this paper does that the entry does not",
            "claims affected": "the claims the entry bears on, as [C01]",
        ],
        .figure: [
            "figure type": "one of quantitative_plot, diagram, qualitative_sample, mixed (EV004)",
            "extraction method": "one of exact_from_labels, digitized_estimate, visual_description (EV004)",
            "reading confidence": "one of high, medium, low (EV004)",
            "trend": "what the plot shows, read from the screenshot, numbers only as printed in it",
        ],
    ]
}
