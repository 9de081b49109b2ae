/// Command lines that run the repository's code: lines quoted from its
/// READMEs, any folder's (inside fenced or indented code, or after a `$ `
/// prompt), and make targets whose recipes name a file. A command belongs to
/// the file it runs, resolved from the folder of the README or Makefile that
/// states it (SPEC.md §11.11).
struct RunCommandIndex {
    /// At most this many commands per file; the rest are counted.
    static let maxCommands = 5

    /// README command lines: the quoted text and its location.
    private var readmeLines: [(text: String, location: String)] = []
    private var readmeWords: CommandWords
    private(set) var makefiles: [MakefileRules] = []
    private var recipeWords: [CommandWords] = []
    /// READMEs and Makefiles that could not be read, one sentence each.
    private(set) var unread: [String] = []

    private static let readmeNames: Set<String> = [
        "readme", "readme.md", "readme.markdown", "readme.rst", "readme.txt",
    ]

    init(tree: RepositoryTree) {
        let files = Set(tree.paths)
        let exists = { (path: String) in files.contains(path) }
        readmeWords = CommandWords(exists: exists)
        for path in tree.paths {
            let isReadme = Self.readmeNames.contains(RepositoryText.name(of: path).lowercased())
            guard isReadme || CodeLanguage(path: path) == .makefile else { continue }
            switch tree.read(path) {
            case .skipped(let reason):
                unread.append(reason)
            case .text(let file) where isReadme:
                let folder = Self.folder(of: path)
                for (text, index) in Self.commandLines(file) {
                    readmeWords.add(CommandWords.split(text), line: readmeLines.count, folder: folder)
                    readmeLines.append((text, file.location(index)))
                }
            case .text(let file):
                let rules = MakefileRules(file)
                var words = CommandWords(exists: exists)
                // Recipes run in the Makefile's folder, so they name files from there.
                for (position, recipe) in rules.recipes.enumerated() {
                    words.add(CommandWords.split(recipe.text), line: position, folder: rules.directory)
                }
                makefiles.append(rules)
                recipeWords.append(words)
            }
        }
    }

    /// README lines that can be commands: code lines (fenced, or indented after
    /// a blank line) and `$ ` prompt lines, without the prompt; comments skipped.
    private static func commandLines(_ file: RepositoryText) -> [(text: String, index: Int)] {
        var found: [(text: String, index: Int)] = []
        var fence: String?
        var previousBlankOrCode = true
        for (index, line) in file.lines.enumerated() {
            let text = RepositoryLexing.trim(line)
            let marker = String(text.prefix(3))
            if marker == "```" || marker == "~~~" {
                if fence == nil {
                    fence = marker
                } else if fence == marker {
                    fence = nil
                }
                continue
            }
            let indented = line.hasPrefix("    ") || line.hasPrefix("\t")
            let isCode = fence != nil || (indented && previousBlankOrCode)
            previousBlankOrCode = text.isEmpty || isCode
            var command = Substring(text)
            if command.hasPrefix("$ ") {
                command = command.dropFirst(2)
            } else if !isCode {
                continue
            }
            let quoted = RepositoryLexing.trim(command)
            guard !quoted.isEmpty, !quoted.hasPrefix("#") else { continue }
            found.append((quoted, index))
        }
        return found
    }

    /// The folder a file is in, `""` at the root.
    static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }

    /// How to run `path`: rendered commands, README first, at most ``maxCommands``.
    func commands(for path: String) -> [String] {
        let lines = readmeWords.lines(naming: path)
        var commands = lines.map { "\(RepositoryMarkdown.code(readmeLines[$0].text)) (\(readmeLines[$0].location))" }
        for (makefile, words) in zip(makefiles, recipeWords) {
            var seen: Set<String> = []
            for position in words.lines(naming: path) {
                let recipe = makefile.recipes[position]
                for target in recipe.targets where seen.insert(target).inserted {
                    let location = "\(makefile.path):\(recipe.index + 1)"
                    commands.append("\(RepositoryMarkdown.code(makefile.command(target))) (\(location))")
                }
            }
        }
        guard commands.count > Self.maxCommands else { return commands }
        return commands.prefix(Self.maxCommands) + ["and \(commands.count - Self.maxCommands) more"]
    }
}
