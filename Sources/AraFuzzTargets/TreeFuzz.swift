import AraCore
import Foundation

/// The YAML reader, then the exploration tree reader on top of it, through
/// `trace/exploration_tree.yaml` as the bundle reader finds it.
enum TreeFuzz {
    static func run(_ data: Data) {
        if let text = String(data: data, encoding: .utf8) {
            _ = YAMLReader().read(text, path: BundlePaths.sessionIndex)
        }
        guard let result = BundleFileFuzz.read(data, at: BundlePaths.tree, scratch: "yaml") else { return }
        BundleFileFuzz.walk(result.bundle)
    }
}
