import AraCore

/// DR006: a field label in a non-canonical style or alias name.
struct FieldLabelStyle: Rule {
    let workload = RuleWorkload.scansText
    let description = RuleDescription(
        code: "DR006", name: "field-label-style", severity: .info,
        summary:
            "A field is labelled `**Name:**`, as a paragraph instead of a list item, or with an alias name (`Expected results`).",
        why: """
            The canonical `- **Name**: value` list item is the form every reference tool's regex reads; \
            paragraph labels and colon-inside labels are missed by the Python checker.
            """,
        example: "**Statement:** On this benchmark, forcing the final validation …",
        howToFix: """
            Write `- **Statement**: …` with continuation lines indented two spaces. `--fix` rewrites the \
            label and indents the value; the fix is dropped if the file would read differently.
            """,
        fixable: true)

    func check(_ context: ReviewContext) -> [Finding] {
        var findings: [Finding] = []
        for (path, document) in context.bundle.documents.sorted(by: { $0.key < $1.key }) where path.hasPrefix("logic/")
        {
            guard let lines = context.lines(path) else { continue }
            for section in document.sections {
                for field in section.fields {
                    guard let spelling = field.origin.spelling else { continue }
                    findings.append(
                        Finding(
                            description, at: field.location,
                            "label '\(spelling.trimmingWhitespace())' is not canonical; write '- **\(field.name)**:'",
                            entity: section.heading.id,
                            fix: Self.fix(field, spelling: spelling, lines: lines, path: path))
                    )
                }
            }
        }
        return findings
    }

    static func fix(_ field: MarkdownField, spelling: String, lines: [String], path: String) -> Fix? {
        let first = field.location.line
        guard first >= 1, first <= lines.count else { return nil }
        let line = lines[first - 1]
        let isListItem = ["- ", "* ", "+ "].contains { spelling.hasPrefix($0) }
        guard let range = line.range(of: spelling) else { return nil }
        let label = isListItem ? "\(spelling.prefix(1)) **\(field.name)**:" : "- **\(field.name)**:"
        var rest = line[range.upperBound...]
        if rest.first != " ", !rest.isEmpty { rest = " " + rest }
        var replacement = [String(line[..<range.lowerBound]) + label + rest]
        let last = IDTokens.lines(of: field).upperBound
        if !isListItem, last > first {
            replacement += lines[first..<min(last, lines.count)].map { $0.isEmpty ? $0 : "  " + $0 }
        }
        let end = isListItem ? first : min(last, lines.count)
        return Fix(
            "write '- **\(field.name)**:'",
            edits: [TextEdit(path: path, lines: (first - 1)..<end, replacement: replacement)], preservesModel: true)
    }
}
