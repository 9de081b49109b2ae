/// `src/environment.md`: the runtimes and dependencies the repository's
/// manifests declare, each cited at its line, and what its text states about
/// hardware and versions, quoted verbatim; hardware pending when nothing says it.
struct EnvironmentDocument {
    static let path = "src/environment.md"

    var runtimes: [EnvironmentEntry] = []
    /// Entries by declaring file, in path order.
    var dependencies: [(path: String, entries: [EnvironmentEntry])] = []
    /// Manifests that could not be read, one sentence each.
    var unread: [String] = []
    var stated: StatedEnvironment

    init(tree: RepositoryTree) {
        stated = StatedEnvironment(tree: tree)
        for path in tree.paths {
            guard let kind = ManifestKind(path: path) else { continue }
            switch tree.read(path) {
            case .skipped(let reason):
                unread.append(reason)
            case .text(let file):
                let entries = kind.read(file)
                runtimes += entries.runtimes.sorted { $0.line < $1.line }
                if !entries.dependencies.isEmpty {
                    dependencies.append((path, entries.dependencies.sorted { $0.line < $1.line }))
                }
            }
        }
    }

    var dependencyCount: Int { dependencies.reduce(0) { $0 + $1.entries.count } }

    var file: GeneratedFile {
        var lines = ["# Environment", ""]
        if !stated.versions.isEmpty {
            lines += ["## Versions the text states", ""] + stated.versions.map(StatedEnvironment.markdown) + [""]
        }
        if runtimes.isEmpty && dependencies.isEmpty {
            lines += [
                "pending: no runtime or dependency declaration was found (looked for \(ManifestKind.lookedFor)).", "",
            ]
        } else {
            lines += ["## Runtimes", ""]
            lines += runtimes.isEmpty ? ["pending: no file declares a runtime version."] : runtimes.map(\.markdown)
            lines += ["", "## Dependencies", ""]
            if dependencies.isEmpty { lines += ["pending: no file declares a dependency.", ""] }
            for (path, entries) in dependencies {
                lines += ["### \(path)", ""] + entries.map(\.markdown) + [""]
            }
        }
        lines += ["## Hardware", ""]
        lines +=
            stated.hardware.isEmpty
            ? ["pending: the repository does not declare hardware."]
            : stated.hardware.map(StatedEnvironment.markdown)
        return GeneratedFile(path: Self.path, text: RepositoryMarkdown.document(lines))
    }

    var pending: [String] {
        var pending = unread.map { "\(Self.path): \($0)" }
        if runtimes.isEmpty && dependencies.isEmpty {
            pending.append("\(Self.path): Runtimes and Dependencies (no manifest declares any)")
        } else if runtimes.isEmpty {
            pending.append("\(Self.path): Runtimes (no manifest declares a version)")
        } else if dependencies.isEmpty {
            pending.append("\(Self.path): Dependencies (no manifest declares any)")
        }
        if stated.hardware.isEmpty { pending.append("\(Self.path): Hardware") }
        return pending
    }
}
