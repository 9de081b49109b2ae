import AraCore
import Foundation

/// `arakit.toml` at a bundle's root: which rules run for that bundle.
///
/// ```toml
/// select = ["ALL"]
/// ignore = ["DR", "CL005"]
///
/// [per-file-ignores]
/// "logic/claims.md" = ["EV011"]
///
/// pivot-keys = "from-to-trigger"   # or "published"; unset: both spellings are fine
/// ```
public struct ReviewConfiguration: Hashable, Sendable {
    public static let fileName = "arakit.toml"

    /// The spelling of pivot keys a bundle chooses to canonicalise toward (DR004).
    /// Each passes one reference tool, so neither is flagged unless a bundle asks.
    public enum PivotKeys: String, Hashable, Sendable, CaseIterable {
        /// `from`, `to`, `trigger`: the compiler spec and the Python checker.
        case fromToTrigger = "from-to-trigger"
        /// `prior_direction`, `new_direction`, `reason`: the protocol's published
        /// fields, which the Rust `ara check` expects.
        case published
    }

    public var select: [String]?
    public var ignore: [String]
    /// Bundle-relative path (or folder prefix ending in `/`) → selectors ignored there.
    public var perFileIgnores: [String: [String]]
    /// `nil`: DR004 is silent, both pivot spellings are valid.
    public var pivotKeys: PivotKeys?

    public init(
        select: [String]? = nil, ignore: [String] = [], perFileIgnores: [String: [String]] = [:],
        pivotKeys: PivotKeys? = nil
    ) {
        self.select = select
        self.ignore = ignore
        self.perFileIgnores = perFileIgnores
        self.pivotKeys = pivotKeys
    }

    /// Reads `arakit.toml` from `root`; no file is the empty configuration.
    public static func load(from root: URL) throws(ReviewError) -> ReviewConfiguration {
        let url = root.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return ReviewConfiguration() }
        guard let data = FileManager.default.contents(atPath: url.path), data.count <= 1 << 20,
            let text = String(data: data, encoding: .utf8)
        else {
            throw .configuration(
                path: url.path, line: 0, column: 0, message: "cannot read it as UTF-8 text (at most 1 MiB)")
        }
        return try parse(text, path: url.path)
    }

    public static func parse(_ text: String, path: String) throws(ReviewError) -> ReviewConfiguration {
        try TOMLPrecheck.check(text, path: path)
        // Through TOMLNodes, not TOMLKit's values: see there why.
        let table: TOMLNodes.Table
        do {
            table = try TOMLNodes.parse(text)
        } catch {
            throw .configuration(
                path: path, line: error.line, column: error.column, message: "not valid TOML: \(error.description)")
        }
        let section = table["review"]?.table ?? table
        var configuration = ReviewConfiguration()
        for key in section.keys {
            switch key {
            case "select": configuration.select = try strings(section[key], key: key, path: path)
            case "ignore": configuration.ignore = try strings(section[key], key: key, path: path)
            case "per-file-ignores":
                guard let files = section[key]?.table else {
                    throw .configuration(path: path, line: 0, column: 0, message: "'per-file-ignores' must be a table")
                }
                for file in files.keys {
                    configuration.perFileIgnores[file] = try strings(
                        files[file], key: "per-file-ignores.\(file)", path: path)
                }
            case "pivot-keys":
                guard let value = section[key]?.string, let choice = PivotKeys(rawValue: value) else {
                    throw .configuration(
                        path: path, line: 0, column: 0,
                        message: "'pivot-keys' must be \"from-to-trigger\" or \"published\"")
                }
                configuration.pivotKeys = choice
            case "review": continue
            default:
                throw .configuration(
                    path: path, line: 0, column: 0,
                    message: "unknown key '\(key)' (known: select, ignore, per-file-ignores, pivot-keys)")
            }
        }
        let unknown = RuleSelection.unknown(
            (configuration.select ?? []) + configuration.ignore + configuration.perFileIgnores.values.flatMap { $0 })
        if !unknown.isEmpty {
            throw .configuration(
                path: path, line: 0, column: 0,
                message: "unknown rule selector(s) \(unknown.joined(separator: ", ")) (see `arakit rule --all`)")
        }
        return configuration
    }

    static func strings(_ value: TOMLNodes.Node?, key: String, path: String) throws(ReviewError) -> [String] {
        guard let array = value?.array else {
            throw .configuration(path: path, line: 0, column: 0, message: "'\(key)' must be an array of strings")
        }
        var result: [String] = []
        for item in array {
            guard let text = item.string else {
                throw .configuration(path: path, line: 0, column: 0, message: "'\(key)' must be an array of strings")
            }
            result.append(text)
        }
        return result
    }

    /// Whether `code` is ignored at `path` by a per-file entry.
    func ignores(_ code: String, at path: String) -> Bool {
        perFileIgnores.contains { pattern, selectors in
            let matches = pattern.hasSuffix("/") ? path.hasPrefix(pattern) : path == pattern
            return matches && RuleSelection.specificity(of: code, among: selectors) >= 0
        }
    }
}

/// Failures that stop a review (content problems are findings instead).
public enum ReviewError: Error, Sendable, Equatable, CustomStringConvertible {
    case read(AraError)
    case configuration(path: String, line: Int, column: Int, message: String)
    case write(String)

    public var description: String {
        switch self {
        case .read(let error): error.description
        case .configuration(let path, let line, let column, let message):
            line > 0 ? "\(path):\(line):\(column): \(message)" : "\(path): \(message)"
        case .write(let message): message
        }
    }
}
