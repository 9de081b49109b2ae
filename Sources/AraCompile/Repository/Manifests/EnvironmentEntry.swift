/// One runtime or dependency as a manifest declares it, at its line.
struct EnvironmentEntry: Equatable {
    var name: String
    /// The version spec exactly as written; `nil` when none is written.
    var spec: String?
    var path: String
    /// One-based line number.
    var line: Int

    /// The list item, for example ``- **numpy** `>=1.24` — `requirements.txt:3` ``.
    var markdown: String {
        let version = spec.map(RepositoryMarkdown.code) ?? "`unpinned`"
        return "- **\(name)** \(version) — \(RepositoryMarkdown.code("\(path):\(line)"))"
    }
}

/// The runtimes and dependencies one manifest declares.
struct EnvironmentEntries {
    var runtimes: [EnvironmentEntry] = []
    var dependencies: [EnvironmentEntry] = []

    /// Records a runtime; an empty spec counts as none.
    mutating func runtime(_ name: String, _ spec: String?, in file: RepositoryText, at index: Int) {
        runtimes.append(Self.entry(name, spec, file, index))
    }

    /// Records a dependency; an empty spec counts as none.
    mutating func dependency(_ name: String, _ spec: String?, in file: RepositoryText, at index: Int) {
        dependencies.append(Self.entry(name, spec, file, index))
    }

    /// Records a requirement string (`numpy>=1.24`); text that names no package is ignored.
    mutating func requirement(_ text: String, in file: RepositoryText, at index: Int) {
        guard let parsed = RequirementSpec(text) else { return }
        dependency(parsed.name, parsed.spec, in: file, at: index)
    }

    private static func entry(_ name: String, _ spec: String?, _ file: RepositoryText, _ index: Int)
        -> EnvironmentEntry
    {
        let spec = spec.map(RepositoryLexing.trim)
        return EnvironmentEntry(
            name: name, spec: spec?.isEmpty == false ? spec : nil, path: file.path, line: index + 1)
    }
}
