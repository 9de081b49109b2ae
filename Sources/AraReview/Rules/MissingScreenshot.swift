import AraCore

/// EV005: a Screenshot that is not there.
struct MissingScreenshot: Rule {
    let description = RuleDescription(
        code: "EV005", name: "missing-screenshot", severity: .error,
        summary: "An evidence file's `**Screenshot**` names an image that is not in the bundle.",
        why: "The screenshot lets a reviewer compare transcribed cells with the original at a glance.",
        example: "**Screenshot**: table2.png (no such file beside the table)",
        howToFix: "Add the image beside the evidence file, or correct the name.")

    func check(_ context: ReviewContext) -> [Finding] {
        context.bundle.evidenceFiles.flatMap { file -> [Finding] in
            guard let field = file.metadata(.screenshot), !field.text.isEmpty,
                !field.text.lowercased().hasPrefix("pending"), !field.text.lowercased().hasPrefix("none")
            else { return [] }
            var named = PathReference.scan([.field(field)]).map(\.path)
            if named.isEmpty { named = [field.text.trimming("`")] }
            return named.compactMap { path in
                guard context.resolve(path, kind: .link, from: file.path) == nil else { return nil }
                return Finding(description, at: field.location, "screenshot \(path) is not in the bundle")
            }
        }
    }
}
