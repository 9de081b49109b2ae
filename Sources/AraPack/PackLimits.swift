/// Caps that keep a hostile archive from costing unbounded disk, memory or
/// time. Real bundles are far below them; a decompression bomb is not.
public struct PackLimits: Sendable, Equatable {
    /// Entries an archive may hold (central-directory records, checked before any byte is inflated).
    public var maxEntries: Int
    /// Bytes one entry may inflate to.
    public var maxEntryBytes: Int64
    /// Bytes all entries together may inflate to.
    public var maxTotalBytes: Int64
    /// Inflated-to-compressed ratio allowed for an entry larger than ``ratioFloor``:
    /// text rarely deflates past 20:1, a run of zeros does to about 1,000:1.
    public var maxRatio: Int64
    /// Entries smaller than this are never refused for their ratio.
    public var ratioFloor: Int64

    public init(
        maxEntries: Int = 50_000, maxEntryBytes: Int64 = 1 << 30, maxTotalBytes: Int64 = 4 << 30,
        maxRatio: Int64 = 200, ratioFloor: Int64 = 1 << 20
    ) {
        self.maxEntries = maxEntries
        self.maxEntryBytes = maxEntryBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
    }

    public static let `default` = PackLimits()

    /// Whether an entry of `size` bytes kept in `compressed` bytes inflates
    /// past the ratio cap: verify refuses it as a bomb, and pack, asking the
    /// same question, stores such a file as it is. A larger `compressed` never
    /// turns the answer from false to true.
    public func refusesRatio(size: Int64, compressed: Int64) -> Bool {
        size >= ratioFloor && size / max(compressed, 1) > maxRatio
    }
}
