import AraCore
import Foundation

/// Builds the nodes capture and record add (SPEC.md §10.2): canonical key
/// order, every key the type requires present, `pending` where nothing says
/// what belongs there.
enum NodeDraft {
    /// Trailer names (after `Ara-`) for each node key.
    static let trailerKeys: [String: String] = [
        TreeKey.description: "Description", .hypothesis: "Hypothesis", .method: "Method", .result: "Result",
        .metrics: "Metrics", .failureMode: "Failure-Mode", .lesson: "Lesson", .choice: "Choice",
        .alternatives: "Alternatives", .rationale: "Rationale", .from: "From", .to: "To", .trigger: "Trigger",
    ].reduce(into: [:]) { $0[$1.key.rawValue] = $1.value }

    /// The node keys a commit's `Ara-*` trailers give, by key.
    static func values(of trailers: AraTrailers) -> [String: YAMLValue] {
        guard !trailers.isEmpty else { return [:] }
        var values: [String: YAMLValue] = [:]
        for (key, trailer) in trailerKeys {
            if let value = trailers[trailer] {
                values[key] = key == "alternatives" ? list(trailers.list(trailer) ?? []) : .string(value)
            }
        }
        if let claims = trailers.list("Claims"), !claims.isEmpty { values["evidence"] = list(claims) }
        return values
    }

    /// A node of `type` whose keys come from `values` (already chosen by the
    /// caller), with `pending` for missing required keys and `extra` after.
    static func node(
        id: String, type: NodeType, title: String, sourceRefs: [String], values: [String: YAMLValue],
        extra: [YAMLEntry] = [], alsoDependsOn: [String] = []
    ) -> TreeNode {
        var fields: [YAMLEntry] = []
        for key in TreeSchema.typeKeys(type) {
            if let value = values[key.rawValue] {
                fields.append(YAMLEntry(key: key.rawValue, value: YAMLNode(value)))
            } else if type.requiredKeys.contains(key) {
                fields.append(YAMLEntry(key: key.rawValue, value: YAMLNode(.string("pending"))))
            }
        }
        return TreeNode(
            id: id, type: type, title: title, supportLevel: "explicit", sourceRefs: sourceRefs,
            fields: fields + extra, alsoDependsOn: alsoDependsOn)
    }

    /// `value` as a YAML list of strings.
    static func list(_ items: [String]) -> YAMLValue { .sequence(items.map { YAMLNode(.string($0)) }) }

    /// Accepts the five types as written, and `dead-end` or `Dead_End` too.
    static func journeyType(_ raw: String) -> NodeType? {
        let type = NodeType(raw.lowercased().replacingOccurrences(of: "-", with: "_"))
        return type.isJourneyType ? type : nil
    }
}
