import Foundation

/// Where the per-bundle indexes live: never inside the user's bundle.
///
/// `ARAKIT_CACHE_DIR` wins (tests and the benchmark point it at a temporary
/// folder); then `$XDG_CACHE_HOME/arakit`; then `~/.cache/arakit`. Indexes go
/// in its `search/` folder.
public struct IndexCache: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The cache named by the environment.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> IndexCache
    {
        let base: String
        if let explicit = environment["ARAKIT_CACHE_DIR"], !explicit.isEmpty {
            base = explicit
        } else if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            base = xdg + "/arakit"
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/arakit"
        }
        return IndexCache(directory: base + "/search")
    }

    /// Creates the folder when missing.
    func prepare() throws(SearchError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cacheUnusable(path: directory, reason: error.localizedDescription)
        }
    }

    /// The index file of the bundle whose resolved root is `root`: its folder
    /// name for people, and a hash of the whole path so two bundles never share one.
    func indexPath(forRoot root: String) -> String {
        let name = String((root as NSString).lastPathComponent.filter(Self.nameCharacters.contains).prefix(40))
        return directory + "/" + name + "-" + Self.hash(root) + ".sqlite"
    }

    private static let nameCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")

    /// FNV-1a, 64 bits, in hex: stable across runs and machines (Swift's `Hasher` is seeded per process).
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
