/// What `src/artifacts.md` says about one code file, every part read from
/// the file or quoted from the README and Makefiles.
struct ScannedCodeFile {
    let path: String
    let language: CodeLanguage
    /// `120 lines`, `12 cells`, or why the file was not read.
    let extent: String
    /// `entry point (…)`, `module`, `script (shebang …)`, `notebook`, `test`,
    /// with the command-line options found.
    let nature: String
    /// `«first line» (path:line)`, or `nil` when the file does not say.
    let purpose: String?

    init(path: String, language: CodeLanguage, read: RepositoryTree.Read, makefile: MakefileRules?) {
        self.path = path
        self.language = language
        guard case .text(let file) = read else {
            extent = "not read"
            nature = Self.isTest(path) ? "test" : "pending"
            purpose = nil
            return
        }
        if language == .notebook {
            let notebook = Self.notebook(file)
            extent = notebook.extent
            nature = Self.isTest(path) ? "test" : "notebook"
            purpose = notebook.purpose
            return
        }
        extent = RepositoryMarkdown.count(file.lines.count, "line")
        purpose = CodeFilePurpose.find(in: file, language: language).map {
            "«\($0.text)» (\(file.location($0.index)))"
        }
        var nature = Self.nature(file, language: language, makefile: makefile)
        if language == .python {
            let commandLine = CommandLineOptions(file)
            if !commandLine.options.isEmpty { nature += "; options: " + commandLine.options.joined(separator: ", ") }
            if !commandLine.arguments.isEmpty {
                nature += "; arguments: " + commandLine.arguments.joined(separator: ", ")
            }
        }
        self.nature = nature
    }

    /// Files under a `tests/` or `test/` folder, or named `test_*.py`, `*_test.py`, `*_test.go`.
    static func isTest(_ path: String) -> Bool {
        let name = RepositoryText.name(of: path)
        return path.split(separator: "/").dropLast().contains { $0 == "tests" || $0 == "test" }
            || (name.hasPrefix("test_") && name.hasSuffix(".py")) || name.hasSuffix("_test.py")
            || name.hasSuffix("_test.go")
    }

    private static func nature(_ file: RepositoryText, language: CodeLanguage, makefile: MakefileRules?) -> String {
        if isTest(file.path) { return "test" }
        if language == .makefile {
            let targets = makefile?.targets ?? []
            guard !targets.isEmpty else { return "build recipes" }
            return "build recipes; targets: "
                + targets.map { "\(RepositoryMarkdown.code($0.name)) (\(file.location($0.index)))" }
                .joined(separator: ", ")
        }
        if let index = file.lines.firstIndex(where: language.isEntryPoint) {
            let line = RepositoryLexing.trim(file.lines[index])
            return "entry point (\(RepositoryMarkdown.code(line)) at \(file.location(index)))"
        }
        if let first = file.lines.first, first.hasPrefix("#!") {
            return "script (shebang \(RepositoryMarkdown.code(RepositoryLexing.trim(first))))"
        }
        return language == .shell ? "script" : "module"
    }

    /// A notebook's cell count, and the first line of its first Markdown cell
    /// (heading marks dropped), cited at the JSON line that holds it.
    private static func notebook(_ file: RepositoryText) -> (extent: String, purpose: String?) {
        guard let json = try? LocatedJSONParser.parse(file.lines.joined(separator: "\n")),
            case .array(let cells, _) = json["cells"]?.value
        else { return ("not parsed as JSON", nil) }
        let extent = RepositoryMarkdown.count(cells.count, "cell")
        for cell in cells where cell["cell_type"]?.value.string == "markdown" {
            let pieces: [LocatedJSON]
            switch cell["source"]?.value {
            case .array(let elements, _): pieces = elements
            case let source?: pieces = [source]
            case nil: pieces = []
            }
            for piece in pieces {
                guard case .scalar(_, let line) = piece, let text = piece.string else { continue }
                for sourceLine in text.split(separator: "\n") {
                    let content = RepositoryLexing.trim(sourceLine.drop { $0 == "#" })
                    if !content.isEmpty { return (extent, "«\(content)» (\(file.path):\(line))") }
                }
            }
            return (extent, nil)
        }
        return (extent, nil)
    }
}
