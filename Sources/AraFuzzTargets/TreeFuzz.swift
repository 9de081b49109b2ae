import AraCore
import Foundation

/// The YAML reader, then the exploration tree reader on top of it, through
/// `trace/exploration_tree.yaml` as the bundle reader finds it.
enum TreeFuzz {
    static func run(_ data: Data) {
        if let text = String(data: data, encoding: .utf8) {
            crossCheck(text)
        }
        guard let result = BundleFileFuzz.read(data, at: BundlePaths.tree, scratch: "yaml") else { return }
        BundleFileFuzz.walk(result.bundle)
    }

    /// The block reader must give libyaml's nodes, marks and diagnostics for
    /// every text: a difference stops the fuzzer as a crash would.
    static func crossCheck(_ text: String) {
        let path = BundlePaths.sessionIndex
        let fast = YAMLReader().read(text, path: path)
        let slow = YAMLReader(readsPlainBlocks: false).read(text, path: path)
        guard fast.node.map(\.debugDescription) == slow.node.map(\.debugDescription),
            fast.diagnostics == slow.diagnostics
        else {
            fatalError("the YAML block reader and libyaml disagree on \(text.debugDescription)")
        }
    }
}
