import AraCore

/// The blocks `add` writes whole.
public enum BlockKind: String, Sendable, CaseIterable {
    case claim, experiment

    var path: String { self == .claim ? BundlePaths.claims : BundlePaths.experiments }
    var prefix: String { self == .claim ? "C" : "E" }
    var targetKind: CompletionTarget.Kind { self == .claim ? .claim : .experiment }
    var countKind: DeclaredCount.Kind { self == .claim ? .claims : .experiments }
    var vocabulary: FieldVocabulary { self == .claim ? Vocabularies.claim : Vocabularies.experiment }

    /// Reads the block file: one `## C07: Title` section (any heading level,
    /// written as level 2) with its fields, and nothing else.
    func parse(_ markdown: String) throws(CompletionError) -> MarkdownSection {
        let reader = MarkdownReader(vocabulary: vocabulary, expectedIDPrefixes: [prefix])
        let (document, _, diagnostics) = reader.read(TextFile(path: path, text: markdown))
        let example = "`## \(prefix)07: Title` followed by its `- **Field**: value` lines"
        if let problem = diagnostics.first(where: { $0.severity == .error }) {
            throw .invalidInput("the \(rawValue) block: line \(problem.location.line): \(problem.message)")
        }
        guard document.frontMatter == nil, document.preamble.isEmpty, document.sections.count == 1,
            var section = document.sections.first
        else {
            throw .invalidInput("the file must hold exactly one \(rawValue) block, \(example), and nothing else")
        }
        guard let id = section.heading.id, BlockID.prefix(of: id) == prefix else {
            throw .invalidInput("the block's heading has no \(rawValue) id; write \(example)")
        }
        guard !section.fields.isEmpty else { throw .invalidInput("the \(rawValue) block \(id) has no fields") }
        section.level = 2
        return section
    }
}
