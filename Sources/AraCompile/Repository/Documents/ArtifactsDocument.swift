import AraCore

/// `src/artifacts.md`: one block per code file, in path order, with the
/// artifact vocabulary (`File(s)`, `Nature`, `What it does`, `How to run`,
/// `Claims supported`); what the repository does not say is `pending`.
struct ArtifactsDocument {
    static let path = "src/artifacts.md"

    private(set) var artifacts: [(file: ScannedCodeFile, howToRun: [String])] = []
    private var unread: [String] = []

    init(tree: RepositoryTree) {
        let commands = RunCommandIndex(tree: tree)
        unread = commands.unread
        let makefiles = Dictionary(commands.makefiles.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for path in tree.paths {
            guard let language = CodeLanguage(path: path) else { continue }
            let read = tree.read(path)
            // An unreadable Makefile is already reported by the command index.
            if case .skipped(let reason) = read, language != .makefile { unread.append(reason) }
            let file = ScannedCodeFile(path: path, language: language, read: read, makefile: makefiles[path])
            artifacts.append((file, commands.commands(for: path)))
        }
    }

    var file: GeneratedFile {
        var lines = ["# Code Artifacts", ""]
        if artifacts.isEmpty {
            lines.append("pending: no code files were found (looked for \(CodeLanguage.lookedFor)).")
        }
        for (number, artifact) in artifacts.enumerated() {
            let id = MarkdownText.id("A", number + 1, of: artifacts.count)
            let file = artifact.file
            lines += [
                "## \(id): \(file.path)",
                "",
                "- **File(s)**: \(RepositoryMarkdown.code(file.path)) (\(file.language.rawValue), \(file.extent))",
                "- **Nature**: \(file.nature)",
                "- **What it does**: \(file.purpose ?? "pending")",
                "- **How to run**: \(artifact.howToRun.isEmpty ? "pending" : artifact.howToRun.joined(separator: "; "))",
                "- **Claims supported**: pending",
                "",
            ]
        }
        return GeneratedFile(path: Self.path, text: RepositoryMarkdown.document(lines))
    }

    var pending: [String] {
        var pending = unread.map { "\(Self.path): \($0)" }
        guard !artifacts.isEmpty else { return pending + ["\(Self.path): no code files were found"] }
        let counts = [
            (ArtifactField.nature.label, artifacts.filter { $0.file.nature == "pending" }.count),
            (ArtifactField.whatItDoes.label, artifacts.filter { $0.file.purpose == nil }.count),
            (ArtifactField.howToRun.label, artifacts.filter(\.howToRun.isEmpty).count),
            (ArtifactField.claimsSupported.label, artifacts.count),
        ]
        for (field, count) in counts where count > 0 {
            pending.append("\(Self.path): \(field) for \(RepositoryMarkdown.count(count, "artifact"))")
        }
        return pending
    }
}
