/// Bounds that keep a hostile bundle from costing unbounded time or memory,
/// set generously enough that real data never meets them (SPEC.md §6).
public struct ReadLimits: Sendable, Equatable {
    /// Files larger than this are not read (diagnostic R001).
    public var maxFileBytes: Int
    /// Nesting depth allowed in YAML (diagnostic R008): 1,000 levels (libyaml's
    /// own limit) is a tree of 500 levels of nodes, each a mapping and a `children` list.
    public var maxYAMLDepth: Int
    /// Nodes a YAML file may hold as written (R018): counted before libyaml
    /// builds anything, since building is what costs memory.
    public var maxYAMLNodes: Int
    /// Nodes that aliases may add once expanded (R007): an alias bomb.
    public var maxYAMLAliasNodes: Int
    /// Inline marks and lines a Markdown file may hold (R019): cmark-gfm
    /// spends some 250 bytes on each bracket, emphasis mark, table cell or line.
    public var maxMarkdownMarks: Int
    /// What the structured files of one bundle may cost together, in bytes
    /// of memory: each file's size plus ``bytesPerNode`` for each YAML node or
    /// Markdown mark it holds. Files past it are not read (R020), so a bundle
    /// of many large files stays within memory whatever they hold.
    public var maxBundleCost: Int
    /// Files visited in one bundle; the rest are reported, not read.
    public var maxFiles: Int

    /// Memory a parsed YAML node or Markdown mark takes, measured (libyaml's and
    /// cmark's trees while parsing, the model after).
    public static let bytesPerNode = 400

    public init(
        maxFileBytes: Int = 8 << 20, maxYAMLDepth: Int = 1_000, maxYAMLNodes: Int = 1_100_000,
        maxYAMLAliasNodes: Int = 250_000, maxMarkdownMarks: Int = 600_000,
        maxBundleCost: Int = 450 << 20, maxFiles: Int = 50_000
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxYAMLDepth = maxYAMLDepth
        self.maxYAMLNodes = maxYAMLNodes
        self.maxYAMLAliasNodes = maxYAMLAliasNodes
        self.maxMarkdownMarks = maxMarkdownMarks
        self.maxBundleCost = maxBundleCost
        self.maxFiles = maxFiles
    }

    public static let `default` = ReadLimits()
}
