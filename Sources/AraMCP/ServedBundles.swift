import AraSearch
import Foundation

/// The bundles a server was given, by name. Nothing outside them is ever served.
public struct ServedBundles: Sendable {
    public struct Bundle: Sendable, Equatable {
        /// The name tools and resource URIs use: the folder's name, made unique.
        public var name: String
        /// The resolved absolute root.
        public var root: String
    }

    public let bundles: [Bundle]

    /// Every bundle under `paths` (each a bundle or a folder of bundles).
    public init(paths: [String]) throws(SearchError) {
        var bundles: [Bundle] = []
        var used: Set<String> = []
        for path in paths {
            for found in try BundleDiscovery.bundles(in: path) {
                let base = (found.root as NSString).lastPathComponent
                var name = base
                var number = 2
                while used.contains(name) {
                    name = "\(base)-\(number)"
                    number += 1
                }
                used.insert(name)
                bundles.append(Bundle(name: name, root: found.root))
            }
        }
        self.bundles = bundles
    }

    /// The bundle a tool call names; with one bundle served, the name may be left out.
    public func bundle(named name: String?) throws(ToolError) -> Bundle {
        guard let name, !name.isEmpty else {
            if bundles.count == 1, let only = bundles.first { return only }
            throw .invalidArgument(
                "bundle", "this server has \(bundles.count) bundles; name one of: \(names)")
        }
        guard let found = bundles.first(where: { $0.name == name }) else {
            throw .invalidArgument("bundle", "no bundle named '\(name)'; the bundles are: \(names)")
        }
        return found
    }

    var names: String { bundles.map(\.name).joined(separator: ", ") }
}
