/// Bounds that keep a hostile bundle from costing unbounded time or memory.
public struct ReadLimits: Sendable, Equatable {
    /// Files larger than this are not read (diagnostic R001).
    public var maxFileBytes: Int
    /// Nesting depth allowed in YAML (diagnostic R008).
    public var maxYAMLDepth: Int
    /// Nodes a YAML document may expand to once aliases are resolved (R007).
    public var maxYAMLNodes: Int
    /// Files visited in one bundle; the rest are reported, not read.
    public var maxFiles: Int

    public init(
        maxFileBytes: Int = 8 << 20, maxYAMLDepth: Int = 64, maxYAMLNodes: Int = 250_000,
        maxFiles: Int = 50_000
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxYAMLDepth = maxYAMLDepth
        self.maxYAMLNodes = maxYAMLNodes
        self.maxFiles = maxFiles
    }

    public static let `default` = ReadLimits()
}
