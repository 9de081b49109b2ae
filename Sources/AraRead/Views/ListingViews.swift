/// A layer, a directory or a structured file: its files and the objects in
/// them, in reading order (what `--from` walks).
public struct ListingView: Sendable, Encodable {
    /// The layer, directory or file listed.
    public var name: String
    public var files: [String]
    public var objects: [ObjectRef]
}

/// A file with no objects to list: its text, line by line.
public struct FileView: Sendable, Encodable {
    public var path: String
    public var lines: [String]
    /// The file could not be read as text (binary, too large, unreadable).
    public var unreadable: String?
}

/// Level 1: what the bundle is, its claims, and what each layer holds.
public struct OverviewView: Sendable, Encodable {
    public var title: String?
    public var authors: [String]
    public var year: String?
    public var abstract: String?
    public var claims: [ObjectRef]
    public var layers: [LayerCount]
}

/// A layer and the number of files and objects in it.
public struct LayerCount: Sendable, Encodable {
    public var layer: String
    public var files: Int
    /// Object counts by kind, in a fixed order (`16 claims`, `7 experiments`).
    public var objects: [String]
}
