import AraCore
import Foundation

/// `arakit record`: what git cannot see, logged by the researcher (SPEC.md
/// §10.7). Journey facts go straight into the tree; interpretations are
/// staged as observations and never written into `logic/` directly.
public enum Recorder {
    /// A node written by ``recordNode(_:title:fields:parent:bundle:now:offsetMinutes:)``.
    public struct RecordedNode: Sendable, Equatable {
        public var id: String
        public var parent: String?
        public var session: String
    }

    /// One of the five journey types as typed (`dead-end` and `Dead_End` too), or nil.
    public static func journeyType(_ text: String) -> NodeType? { NodeDraft.journeyType(text) }

    /// Appends a journey node under `parent` (default: the node recorded or
    /// captured last) and logs it in today's session record.
    public static func recordNode(
        _ type: NodeType, title: String, fields: [(key: String, value: String)], parent: String?, bundle: URL,
        now: Int64, offsetMinutes: Int
    ) throws(CaptureError) -> RecordedNode {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw .invalid("the title is empty; say in a few words what happened") }
        let allowed = TreeSchema.typeKeys(type).map(\.rawValue)
        var values: [String: YAMLValue] = [:]
        for (key, value) in fields {
            guard allowed.contains(key) else {
                throw .invalid(
                    "--field \(key)=…: a \(type) has no key '\(key)' (use \(allowed.joined(separator: ", ")))")
            }
            guard values[key] == nil else { throw .invalid("--field \(key) is given twice") }
            let items = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            values[key] = key == "alternatives" || key == "evidence" ? NodeDraft.list(items) : .string(value)
        }
        var texts = try BundleTexts(root: bundle, lockingFor: "record")
        var tree = try TreeState(texts: &texts)
        let under: String?
        if let parent {
            guard tree.contains(parent) else { throw .unknownNode(parent) }
            guard tree.type(of: parent) != .deadEnd else {
                throw .invalid("\(parent) is a dead_end, and dead ends take no children (TR005); pass another --parent")
            }
            under = parent
        } else {
            under = tree.holder(for: type, after: tree.lastNode) ?? tree.standIn(for: tree.roots.first)
        }
        let today = CivilTime(epoch: now, offsetMinutes: offsetMinutes)
        var ledger = SessionLedger()
        let session = try ledger.target(for: today.date, texts: &texts).id
        let id = tree.nextID()
        let node = NodeDraft.node(
            id: id, type: type, title: title, sourceRefs: ["session:\(session)"], values: values,
            extra: [
                YAMLEntry(key: "timestamp", value: YAMLNode(.string(today.iso8601))),
                YAMLEntry(key: "provenance", value: YAMLNode(.string("user"))),
            ])
        tree.add(node, under: under)
        ledger.log(node: node, provenance: "user", day: today.date)
        if let text = try tree.updatedText() { try texts.set(TreeState.path, text) }
        _ = try ledger.apply(to: &texts)
        try texts.write()
        return RecordedNode(id: id, parent: under, session: session)
    }

    /// The `potential_type` values an observation may have.
    public static let observationKinds = [
        "claim", "heuristic", "concept", "constraint", "architecture", "decision", "unknown",
    ]

    /// Appends an observation to `staging/observations.yaml`; returns its id.
    public static func recordObservation(
        _ content: String, kind: String, context: String?, bind: [String], bundle: URL, now: Int64, offsetMinutes: Int
    ) throws(CaptureError) -> String {
        let content = content.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !content.isEmpty else { throw .invalid("the observation is empty") }
        guard observationKinds.contains(kind) else {
            throw .invalid("--kind \(kind) is not one of \(observationKinds.joined(separator: ", "))")
        }
        var texts = try BundleTexts(root: bundle, lockingFor: "record")
        let tree = try TreeState(texts: &texts)
        for id in bind where !tree.contains(id) { throw .unknownNode(id) }
        let path = BundlePaths.observations
        let text = try texts.text(path)
        let existing = try text.map { text throws(CaptureError) in try Staging.observations(in: text) } ?? []
        let highest = existing.compactMap { $0.id.flatMap { Int($0.dropFirst()) } }.max() ?? 0
        let number = String(highest + 1)
        let id = "O" + String(repeating: "0", count: max(0, 2 - number.count)) + number
        var entries = [
            YAMLEntry(key: "id", value: YAMLNode(.string(id))),
            YAMLEntry(
                key: "timestamp",
                value: YAMLNode(.string(CivilTime(epoch: now, offsetMinutes: offsetMinutes).iso8601))),
            YAMLEntry(key: "provenance", value: YAMLNode(.string("user"))),
            YAMLEntry(key: "content", value: YAMLNode(.string(content))),
        ]
        if let context { entries.append(YAMLEntry(key: "context", value: YAMLNode(.string(context)))) }
        entries.append(YAMLEntry(key: "potential_type", value: YAMLNode(.string(kind))))
        entries.append(YAMLEntry(key: "promoted", value: YAMLNode(.plain("false"))))
        if !bind.isEmpty { entries.append(YAMLEntry(key: "bound_to", value: YAMLNode(NodeDraft.list(bind)))) }
        try texts.append([YAMLNode(.mapping(entries))], toList: "observations", in: path)
        try texts.write()
        return id
    }
}

/// Reading `staging/observations.yaml`.
enum Staging {
    static func observations(in text: String) throws(CaptureError) -> [Observation] {
        let parsed = YAMLFile.parse(text, path: BundlePaths.observations)
        guard let root = parsed.file.root else {
            let problem =
                parsed.diagnostics.first.map { "line \($0.location.line): \($0.message)" } ?? "it does not parse"
            throw .unreadable(path: BundlePaths.observations, reason: "\(problem); fix it, then retry")
        }
        return (root["observations"]?.sequence ?? []).map(Observation.init)
    }
}
