/// What a repository's READMEs and docs say in prose about the machine and
/// the versions the work ran on, quoted verbatim at their lines: "trained on
/// 8 A100 GPUs", "requires Python 3.10". Manifests say what is installed;
/// only the text says what hardware was used. Code blocks are commands, not
/// statements, and are passed over.
struct StatedEnvironment {
    /// A line of text and where it is.
    struct Statement: Equatable {
        var text: String
        var location: String
    }

    private(set) var hardware: [Statement] = []
    private(set) var versions: [Statement] = []

    /// Statements kept per kind; the rest are not listed.
    static let maxStatements = 8

    init(tree: RepositoryTree) {
        for path in tree.paths where Self.isProse(path) {
            guard case .text(let file) = tree.read(path) else { continue }
            var fence: String?
            for (index, line) in file.lines.enumerated() {
                let text = RepositoryLexing.trim(line)
                let marker = String(text.prefix(3))
                if marker == "```" || marker == "~~~" {
                    fence = fence == nil ? marker : (fence == marker ? nil : fence)
                    continue
                }
                guard fence == nil, !line.hasPrefix("    "), !line.hasPrefix("\t") else { continue }
                let statement = Statement(text: Self.withoutMarker(text), location: file.location(index))
                if hardware.count < Self.maxStatements, Self.namesHardware(text) { hardware.append(statement) }
                if versions.count < Self.maxStatements, Self.namesVersion(text) { versions.append(statement) }
            }
        }
    }

    /// READMEs in any folder, and Markdown under `docs/`.
    static func isProse(_ path: String) -> Bool {
        let name = RepositoryText.name(of: path).lowercased()
        return name.hasPrefix("readme") || (path.hasPrefix("docs/") && name.hasSuffix(".md"))
    }

    /// A list marker or quote mark is layout, not the statement.
    static func withoutMarker(_ text: String) -> String {
        for marker in ["- ", "* ", "+ ", "> "] where text.hasPrefix(marker) {
            return RepositoryLexing.trim(text.dropFirst(marker.count))
        }
        return text
    }

    /// A line that names an accelerator model, or accelerators with a count or a size.
    static func namesHardware(_ text: String) -> Bool {
        if text.contains(
            /\b(A100|H100|H200|V100|A10G?|A40|A6000|L40S?|T4|P100|K80|RTX ?\d{4}|GTX ?\d{3,4}|TPU ?v\d|MI\d{3}X?)\b/)
        {
            return true
        }
        return text.contains(/\b(GPUs?|TPUs?|VRAM)\b/) && text.contains(/\d/)
    }

    /// A line that states a runtime or framework version in words.
    static func namesVersion(_ text: String) -> Bool {
        text.contains(
            /\b(Python|CUDA|cuDNN|PyTorch|TensorFlow|JAX|Node\.js|Julia)\s*(>=|==|≥|version|v)?\s*\d+(\.\d+)+/)
    }

    /// A quoted statement for a Markdown list.
    static func markdown(_ statement: Statement) -> String {
        "- «\(statement.text)» — \(RepositoryMarkdown.code(statement.location))"
    }
}
