/// The explicit targets of a Makefile and their recipe lines, each at its line.
/// Special (`.PHONY`), pattern (`%.o`) and computed (`$(X)`) targets are left out.
struct MakefileRules {
    struct Target {
        let name: String
        /// Zero-based line of the rule.
        let index: Int
    }

    struct Recipe {
        let targets: [String]
        let text: String
        /// Zero-based line of the recipe line.
        let index: Int
    }

    let path: String
    var targets: [Target] = []
    var recipes: [Recipe] = []

    init(_ file: RepositoryText) {
        path = file.path
        var current: [String] = []
        for (index, line) in file.lines.enumerated() {
            if line.hasPrefix("\t") {
                let text = RepositoryLexing.trim(line)
                if !current.isEmpty && !text.isEmpty && !text.hasPrefix("#") {
                    recipes.append(Recipe(targets: current, text: text, index: index))
                }
                continue
            }
            let text = RepositoryLexing.trim(line)
            if text.isEmpty || text.hasPrefix("#") { continue }
            current = Self.ruleTargets(text)
            targets += current.map { Target(name: $0, index: index) }
        }
    }

    /// The folder the Makefile runs in, `""` at the root.
    var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// `make train`, or `make -C sub train` for a Makefile in a subfolder.
    func command(_ target: String) -> String {
        directory.isEmpty ? "make \(target)" : "make -C \(directory) \(target)"
    }

    /// The targets a rule line names; none for assignments and directives.
    private static func ruleTargets(_ line: String) -> [String] {
        guard let colon = line.firstIndex(of: ":") else { return [] }
        let head = line[..<colon]
        let after = line[line.index(after: colon)...]
        guard !head.contains("="), !after.hasPrefix("="), !head.hasPrefix("export ") else { return [] }
        return head.split(whereSeparator: \.isWhitespace).map(String.init).filter {
            !$0.hasPrefix(".") && !$0.contains("%") && !$0.contains("$")
        }
    }
}
