import AraCore

/// Session records by day (SPEC.md §10.4): events and commits go to the last
/// record of their day, or to a new `YYYY-MM-DD_NNN.yaml`, and new records
/// are added to the session index. Existing records are appended to in place.
struct SessionLedger {
    static let directory = "trace/sessions"
    static let header = ["# Session record: what happened on one day. arakit capture and arakit record append to it."]
    static let summary = "Work of the day: commits captured from git and events recorded with arakit"

    /// A change to one session record, for reports.
    struct Change: Sendable, Equatable {
        var id: String
        var path: String
        var created: Bool
        var events: Int
        var commits: Int
    }

    private var events: [String: [YAMLNode]] = [:]
    private var commits: [String: [YAMLNode]] = [:]
    private var listed: [String: (ids: [String], moments: Set<String>)] = [:]
    private var names: [String]?

    /// Whether a commit already appears in a record of its day, by id or, for
    /// a rebased or cherry-picked copy, by author time and subject.
    mutating func lists(id: String, time: String, subject: String, day: String, texts: inout BundleTexts)
        throws(CaptureError)
        -> Bool
    {
        if listed[day] == nil { try load(day, texts: &texts) }
        guard let known = listed[day] else { return false }
        return known.moments.contains(time + "\u{0}" + subject)
            || known.ids.contains { id.hasPrefix($0) && $0.count >= 7 }
    }

    /// Logs a node's event: `type`, `id`, `provenance` and its title as `summary`.
    mutating func log(node: TreeNode, provenance: String, day: String) {
        events[day, default: []].append(
            YAMLNode(
                .mapping([
                    YAMLEntry(key: "type", value: YAMLNode(.string(node.type?.description ?? ""))),
                    YAMLEntry(key: "id", value: YAMLNode(.string(node.id ?? ""))),
                    YAMLEntry(key: "provenance", value: YAMLNode(.string(provenance))),
                    YAMLEntry(key: "summary", value: YAMLNode(.string(node.title ?? ""))),
                ])))
    }

    /// Logs a commit item. It counts as listed from now on, so a rebased or
    /// cherry-picked copy later in the same run is not listed again.
    mutating func log(commit: YAMLNode, day: String) {
        commits[day, default: []].append(commit)
        // Only a day already read from disk is extended; an unread day is read
        // (with this item's own record still unwritten) when first asked.
        guard listed[day] != nil else { return }
        if let id = commit["id"]?.scalarText { listed[day]?.ids.append(id) }
        if let time = commit["time"]?.scalarText, let subject = commit["subject"]?.scalarText {
            listed[day]?.moments.insert(time + "\u{0}" + subject)
        }
    }

    /// The record an event of `day` goes to, as `(id, exists)`.
    mutating func target(for day: String, texts: inout BundleTexts) throws(CaptureError) -> (id: String, exists: Bool) {
        let records = recordNames(texts: texts).filter { $0.hasPrefix(day + "_") }
        if let last = records.last, let text = try texts.text("\(Self.directory)/\(last)"),
            case .mapping = YAMLFile.parse(text, path: last).file.root?.value
        {
            return (String(last.dropLast(".yaml".count)), true)
        }
        let next = (records.compactMap { Int($0.dropFirst(day.count + 1).prefix { $0.isNumber }) }.max() ?? 0) + 1
        let number = String(next)
        return (day + "_" + String(repeating: "0", count: max(0, 3 - number.count)) + number, false)
    }

    /// Writes every logged event and commit into `texts`; returns what changed.
    mutating func apply(to texts: inout BundleTexts) throws(CaptureError) -> [Change] {
        var changes: [Change] = []
        var newRecords: [YAMLNode] = []
        var created: [YAMLFile] = []
        for day in Set(events.keys).union(commits.keys).sorted() {
            let dayEvents = events[day] ?? []
            let dayCommits = commits[day] ?? []
            let (id, exists) = try target(for: day, texts: &texts)
            let path = "\(Self.directory)/\(id).yaml"
            if exists, var text = try texts.text(path) {
                do {
                    if !dayEvents.isEmpty {
                        text = try YAMLTextEdit.apply(
                            .items(dayEvents), at: [.key("events_logged")], in: text, file: path)
                    }
                    if !dayCommits.isEmpty {
                        text = try YAMLTextEdit.apply(.items(dayCommits), at: [.key("commits")], in: text, file: path)
                    }
                } catch {
                    throw .edit(error)
                }
                try texts.set(path, text)
            } else {
                var entries = [
                    YAMLEntry(
                        key: "session",
                        value: YAMLNode(
                            .mapping([
                                YAMLEntry(key: "id", value: YAMLNode(.string(id))),
                                YAMLEntry(key: "timestamp", value: YAMLNode(.string(day))),
                                YAMLEntry(key: "summary", value: YAMLNode(.string(Self.summary))),
                            ])))
                ]
                if !dayEvents.isEmpty {
                    entries.append(YAMLEntry(key: "events_logged", value: YAMLNode(.sequence(dayEvents))))
                }
                if !dayCommits.isEmpty {
                    entries.append(YAMLEntry(key: "commits", value: YAMLNode(.sequence(dayCommits))))
                }
                created.append(YAMLFile(path: path, headerComment: Self.header, root: YAMLNode(.mapping(entries))))
                names?.append("\(id).yaml")
                newRecords.append(
                    YAMLNode(
                        .mapping([
                            YAMLEntry(key: "id", value: YAMLNode(.string(id))),
                            YAMLEntry(key: "timestamp", value: YAMLNode(.string(day))),
                            YAMLEntry(key: "summary", value: YAMLNode(.string(Self.summary))),
                        ])))
            }
            changes.append(
                Change(id: id, path: path, created: !exists, events: dayEvents.count, commits: dayCommits.count))
        }
        // A first capture makes a record per day of history; they are written
        // on every core.
        let rendered = ParallelMap.map(created) { file in
            Result { () throws(CaptureError) in try BundleTexts.render(file) }
        }
        for (file, text) in zip(created, rendered) { try texts.set(file.path, try text.get()) }
        events = [:]
        commits = [:]
        if !newRecords.isEmpty { try texts.append(newRecords, toList: "sessions", in: BundlePaths.sessionIndex) }
        return changes
    }

    private mutating func recordNames(texts: BundleTexts) -> [String] {
        if let names { return names }
        let found = texts.names(in: Self.directory).filter {
            $0.hasSuffix(".yaml") && $0 != "session_index.yaml"
        }
        names = found
        return found
    }

    private mutating func load(_ day: String, texts: inout BundleTexts) throws(CaptureError) {
        var ids: [String] = []
        var moments: Set<String> = []
        for name in recordNames(texts: texts) where name.hasPrefix(day + "_") {
            guard let text = try texts.text("\(Self.directory)/\(name)") else { continue }
            for item in YAMLFile.parse(text, path: name).file.root?["commits"]?.sequence ?? [] {
                if let id = item["id"]?.scalarText { ids.append(id) }
                if let time = item["time"]?.scalarText, let subject = item["subject"]?.scalarText {
                    moments.insert(time + "\u{0}" + subject)
                }
            }
        }
        listed[day] = (ids, moments)
    }
}
