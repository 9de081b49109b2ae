/// Reading and writing single structured files by text, for tools that edit
/// one file of a bundle (capture, record, promote) rather than the whole model.
extension ExplorationTree {
    /// Reads a tree from its text as ``BundleReader`` would, with the YAML
    /// document it came from; nil when it does not parse (the diagnostics say why).
    public static func parse(_ text: String, path: String = TreeSchema.path, limits: ReadLimits = .default) -> (
        tree: ExplorationTree?, document: YAMLNode?, diagnostics: [Diagnostic]
    ) {
        TreeReader.read(TextFile(path: path, text: text), limits: limits)
    }

    /// The canonical text of the tree (SPEC.md §4.7).
    public func render() throws -> String { try TreeWriter.render(self) }
}

extension TreeNode {
    /// The node as a YAML mapping in canonical key order (SPEC.md §4.7).
    public var yaml: YAMLNode { TreeWriter.yaml(self) }
}

extension YAMLFile {
    /// Reads a YAML record from its text; `root` is nil when it does not parse.
    public static func parse(_ text: String, path: String, limits: ReadLimits = .default) -> (
        file: YAMLFile, diagnostics: [Diagnostic]
    ) {
        let result = YAMLReader(limits: limits).read(text, path: path)
        return (
            YAMLFile(path: path, headerComment: TreeReader.headerComment(text), root: result.node), result.diagnostics
        )
    }

    /// The canonical text of the file (SPEC.md §5).
    public func render() throws -> String { try BundleWriter.render(self) }
}
