/// `src/configs/<slug>.md`, one per configuration file: each scalar parameter
/// with its value as written and its source line; `Rationale`, `Search range`
/// and `Sensitivity` are the author's to give, so they are pending.
struct ConfigDocuments {
    private(set) var files: [GeneratedFile] = []
    private(set) var pending: [String] = []
    private(set) var parameterCount = 0

    init(tree: RepositoryTree) {
        var slugs: Set<String> = []
        for path in tree.paths {
            guard let format = ConfigFormat(path: path) else { continue }
            let file: RepositoryText
            switch tree.read(path) {
            case .text(let text): file = text
            case .skipped(let reason):
                pending.append("src/configs/: \(reason)")
                continue
            }
            // `a/b.yaml` and `a_b.yaml` share a slug; the later path gets a number.
            var slug = Self.slug(path)
            if slugs.contains(slug) {
                var number = 2
                while slugs.contains("\(slug)_\(number)") { number += 1 }
                slug = "\(slug)_\(number)"
            }
            slugs.insert(slug)
            let output = "src/configs/\(slug).md"
            let scan = format.scan(file)
            files.append(GeneratedFile(path: output, text: Self.render(path, scan.parameters)))
            parameterCount += scan.parameters.count
            pending += Self.pending(output, path: path, scan: scan)
        }
    }

    /// The file's relative path, lower-cased, with every character other than
    /// an ASCII letter, digit or `-` replaced by `_`: the name goes into links
    /// in PAPER.md, where a space or a bracket would break them.
    static func slug(_ path: String) -> String {
        String(path.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "_" })
    }

    private static func render(_ path: String, _ parameters: [ScannedParameter]) -> String {
        var lines = ["# Configuration: \(RepositoryMarkdown.code(path))", ""]
        if parameters.isEmpty { lines.append("pending: no scalar parameters were read from this file.") }
        for parameter in parameters {
            // A heading is one line, whatever a decoded JSON key holds.
            let heading = parameter.name.map { $0.isNewline ? " " : String($0) }.joined()
            lines += [
                "## \(heading)",
                "",
                "- **Value**: \(RepositoryMarkdown.code(parameter.value))",
                "- **Source**: \(RepositoryMarkdown.code("\(path):\(parameter.line)"))",
                "- **Rationale**: pending",
                "- **Search range**: pending",
                "- **Sensitivity**: pending",
                "",
            ]
        }
        return RepositoryMarkdown.document(lines)
    }

    private static func pending(_ output: String, path: String, scan: ParameterScan) -> [String] {
        var pending: [String] = []
        if scan.parameters.isEmpty {
            pending.append("\(output): no parameters were read from \(path)")
        } else {
            let count = RepositoryMarkdown.count(scan.parameters.count, "parameter")
            pending.append("\(output): Rationale, Search range and Sensitivity for \(count)")
        }
        if scan.capped {
            pending.append("\(output): stopped at \(ParameterScan.maxParameters) parameters; \(path) has more")
        }
        return pending + scan.notes.map { "\(output): \($0)" }
    }
}
