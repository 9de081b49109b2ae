import AraCore

/// The files a target needs parsed. `arakit read` answers one target per
/// process, and parsing the whole bundle for it would cost more than the
/// answer; a server answering many targets reads everything once (`.all`).
/// Tests check that every scoped page equals the page read from the whole
/// bundle.
public enum ReadScope: Sendable {
    case all
    /// What one target's page needs: its own file and the files its
    /// references resolve into.
    case target(String)

    /// `C03`, `RW4`: capitals, then digits, nothing else (not `Noise floor`).
    static func isID(_ text: String) -> Bool {
        let prefix = BlockID.prefix(of: text)
        let digits = text.dropFirst(prefix.count)
        return !prefix.isEmpty && !digits.isEmpty && digits.allSatisfy(\.isNumber)
    }

    /// Which files to parse, or `nil` for all of them.
    var filter: (@Sendable (String) -> Bool)? {
        guard case .target(let raw) = self else { return nil }
        let target = raw.trimmingWhitespace()
        let claims = [BundlePaths.claims, BundlePaths.experiments, "evidence/", BundlePaths.tree]
        let prefixes: [String]
        if target.isEmpty {
            prefixes = [BundlePaths.manifest, "logic/", "trace/", "staging/"]
        } else if BundlePaths.layers.contains(target.lowercased()) {
            prefixes = [target.lowercased() + "/"]
        } else if !target.contains(" "), target.contains("/") || target.contains(".") {
            guard let path = BundleFileSystem.normalize(target.hasSuffix("/") ? String(target.dropLast()) : target)
            else { return { _ in false } }
            prefixes = path.hasPrefix("evidence/") ? claims : [path]
        } else if ObjectResolver.isObjectName(target) {
            prefixes = claims
        } else if Self.isID(target) {
            switch BlockID.prefix(of: target) {
            case "C", "E": prefixes = claims
            case "N": prefixes = [BundlePaths.tree, BundlePaths.claims]
            case "H": prefixes = [BundlePaths.heuristics]
            case "RW": prefixes = [BundlePaths.relatedWork]
            case "G": prefixes = [BundlePaths.problem]
            default: return nil
            }
        } else {
            return nil
        }
        return { path in prefixes.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") } }
    }
}
