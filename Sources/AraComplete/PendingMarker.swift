/// What counts as `pending` in a value: the marker compile and init write
/// where a person or an agent has work to do (SPEC.md §11, §15).
enum PendingMarker {
    /// A value that is `pending`, `pending: reason`, `[pending: reason]`, or a
    /// Sources list holding a `value ← [pending: reason]` entry.
    static func isPending(_ value: String) -> Bool {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if text.hasPrefix("pending") || text.hasPrefix("[pending") { return true }
        return text.contains("← [pending") || text.contains("<- [pending")
    }

    /// The reason a pending value gives (`pending: read it from the screenshot`), if any.
    static func reason(_ value: String) -> String? {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let marker = text.range(of: "pending", options: .caseInsensitive) else { return nil }
        let rest = text[marker.upperBound...].drop { ":] (".contains($0) }
        let reason = rest.prefix { $0 != "]" && $0 != "\n" }.trimmingCharacters(in: .whitespaces)
        return reason.isEmpty ? nil : reason
    }
}
