/// Runtimes and dependencies declared by Python's manifests: requirements
/// files, `pyproject.toml`, `setup.cfg`, `Pipfile` and conda's `environment.yml`.
enum PythonManifestReader {
    /// `requirements*.txt`: one requirement per line; options (`-r`, `-e`,
    /// `--index-url`) and comments are not requirements.
    static func requirements(_ file: RepositoryText) -> EnvironmentEntries {
        var entries = EnvironmentEntries()
        for (index, line) in file.lines.enumerated() {
            var text = RepositoryLexing.trim(RepositoryLexing.stripComment(line, needsSpace: true))
            if text.hasSuffix("\\") { text = RepositoryLexing.trim(text.dropLast()) }
            guard !text.isEmpty, !text.hasPrefix("-") else { continue }
            entries.requirement(text, in: file, at: index)
        }
        return entries
    }

    /// `pyproject.toml`: `[project]` `requires-python` and `dependencies`,
    /// `[project.optional-dependencies]`, `[dependency-groups]`, and Poetry's
    /// dependency tables.
    static func pyproject(_ file: RepositoryText) -> EnvironmentEntries {
        var entries = EnvironmentEntries()
        var table: [String] = []
        // Brackets still open in a `dependencies = [` array that spans lines.
        var arrayDepth = 0
        // The first line after another multi-line value, which says nothing here.
        var resume = 0
        for (index, line) in file.lines.enumerated() where index >= resume {
            let content = RepositoryLexing.trim(RepositoryLexing.stripComment(line, needsSpace: false))
            if arrayDepth > 0 {
                for requirement in RepositoryLexing.strings(in: content) {
                    entries.requirement(requirement, in: file, at: index)
                }
                arrayDepth += RepositoryLexing.bracketBalance(content)
                continue
            }
            switch TOMLLexing.line(content) {
            case .table(let path, _):
                table = path
            case .keyValue(let key, let value):
                if table == ["project"] && key == ["requires-python"] {
                    entries.runtime("python", TOMLLexing.string(value), in: file, at: index)
                } else if (table == ["project"] && key == ["dependencies"])
                    || table == ["project", "optional-dependencies"] || table == ["dependency-groups"]
                {
                    guard value.hasPrefix("[") else { continue }
                    for requirement in RepositoryLexing.strings(in: value) {
                        entries.requirement(requirement, in: file, at: index)
                    }
                    arrayDepth = RepositoryLexing.bracketBalance(value)
                } else if isPoetryDependencies(table), key.count == 1 {
                    let (value, next, _) = RepositoryLexing.continued(
                        value, in: file.lines, at: index, needsSpace: false)
                    resume = next
                    let spec = tableSpec(value)
                    if key[0] == "python" {
                        entries.runtime("python", spec, in: file, at: index)
                    } else {
                        entries.dependency(key[0], spec, in: file, at: index)
                    }
                } else {
                    resume = RepositoryLexing.continued(value, in: file.lines, at: index, needsSpace: false).next
                }
            case .other:
                continue
            }
        }
        return entries
    }

    /// `[tool.poetry.dependencies]`, `[tool.poetry.dev-dependencies]` and
    /// `[tool.poetry.group.<name>.dependencies]`.
    private static func isPoetryDependencies(_ table: [String]) -> Bool {
        guard table.count >= 3, table[0] == "tool", table[1] == "poetry" else { return false }
        return table == ["tool", "poetry", "dependencies"] || table == ["tool", "poetry", "dev-dependencies"]
            || (table.count == 5 && table[2] == "group" && table[4] == "dependencies")
    }

    /// A version written as a string (`"^1.24"`) or in an inline table
    /// (`{ version = "^2.0" }`); several constraints (an array) are kept whole.
    static func tableSpec(_ value: String) -> String? {
        TOMLLexing.string(value) ?? TOMLLexing.inlineString("version", in: value)
            ?? (value.hasPrefix("[") ? value : nil)
    }

    /// `Pipfile`: `[packages]`, `[dev-packages]`, and `[requires]` `python_version`.
    static func pipfile(_ file: RepositoryText) -> EnvironmentEntries {
        var entries = EnvironmentEntries()
        var table: [String] = []
        var resume = 0
        for (index, line) in file.lines.enumerated() where index >= resume {
            let content = RepositoryLexing.trim(RepositoryLexing.stripComment(line, needsSpace: false))
            switch TOMLLexing.line(content) {
            case .table(let path, _):
                table = path
            case .keyValue(let key, let value) where key.count == 1:
                let (value, next, _) = RepositoryLexing.continued(value, in: file.lines, at: index, needsSpace: false)
                resume = next
                if table == ["requires"] && (key[0] == "python_version" || key[0] == "python_full_version") {
                    entries.runtime("python", TOMLLexing.string(value), in: file, at: index)
                } else if table == ["packages"] || table == ["dev-packages"] {
                    entries.dependency(key[0], tableSpec(value), in: file, at: index)
                }
            default:
                continue
            }
        }
        return entries
    }

    /// `setup.cfg`: `[options]` `python_requires`, and `install_requires`
    /// with its indented continuation lines.
    static func setupConfig(_ file: RepositoryText) -> EnvironmentEntries {
        var entries = EnvironmentEntries()
        var section = ""
        var inRequirements = false
        for (index, line) in file.lines.enumerated() {
            let content = RepositoryLexing.trim(RepositoryLexing.stripComment(line, needsSpace: true))
            if content.isEmpty || content.hasPrefix(";") { continue }
            if inRequirements && line.first?.isWhitespace == true {
                entries.requirement(content, in: file, at: index)
                continue
            }
            inRequirements = false
            if content.hasPrefix("[") && content.hasSuffix("]") {
                section = RepositoryLexing.trim(content.dropFirst().dropLast())
                continue
            }
            guard section == "options", let separator = content.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                continue
            }
            let key = RepositoryLexing.trim(content[..<separator])
            let value = RepositoryLexing.trim(content[content.index(after: separator)...])
            if key == "python_requires" {
                entries.runtime("python", value, in: file, at: index)
            } else if key == "install_requires" {
                if !value.isEmpty { entries.requirement(value, in: file, at: index) }
                inRequirements = true
            }
        }
        return entries
    }

    /// `environment.yml`: the top-level `dependencies:` list of conda specs
    /// (`python=3.10` is the runtime) and its `pip:` sublist.
    static func condaEnvironment(_ file: RepositoryText) -> EnvironmentEntries {
        var entries = EnvironmentEntries()
        var inDependencies = false
        var pipIndent: Int?
        for (index, line) in file.lines.enumerated() {
            let content = RepositoryLexing.stripComment(line, needsSpace: true)
            let text = RepositoryLexing.trim(content)
            guard !text.isEmpty else { continue }
            let indent = RepositoryLexing.indent(of: content)
            if indent == 0 && !text.hasPrefix("-") {
                inDependencies = text == "dependencies:"
                pipIndent = nil
                continue
            }
            guard inDependencies, text.hasPrefix("-") else { continue }
            let item = RepositoryLexing.unquote(RepositoryLexing.trim(text.dropFirst()))
            if let pip = pipIndent, indent > pip {
                entries.requirement(item, in: file, at: index)
                continue
            }
            pipIndent = nil
            if item == "pip:" {
                pipIndent = indent
            } else if let parsed = RequirementSpec(item) {
                if parsed.name == "python" {
                    entries.runtime(parsed.name, parsed.spec, in: file, at: index)
                } else {
                    entries.dependency(parsed.name, parsed.spec, in: file, at: index)
                }
            }
        }
        return entries
    }
}
