/// Compares what an archive holds with what its manifest sealed.
enum SealComparison {
    /// Problems listed before the rest are counted.
    static let shown = 10

    /// Every difference, as `removed: P`, `added: P`, `changed: P`; empty when they agree.
    static func problems(_ manifest: SealManifest, found: [String: SealManifest.FileRecord]) -> [String] {
        var problems: [String] = []
        var sealed: Set<String> = []
        for file in manifest.files {
            sealed.insert(file.path)
            guard let actual = found[file.path] else {
                problems.append("removed: \(file.path)")
                continue
            }
            if actual.size != file.size || actual.sha256 != file.sha256 {
                problems.append(
                    "changed: \(file.path) (SHA-256 \(actual.sha256.prefix(12))…, sealed \(file.sha256.prefix(12))…)")
            }
        }
        for path in found.keys.sorted() where !sealed.contains(path) && !Self.bookkeeping.contains(path) {
            problems.append("added: \(path)")
        }
        if !manifest.files.contains(where: { $0.path == ROCrateMetadata.fileName }) {
            problems.append("the manifest does not seal \(ROCrateMetadata.fileName)")
        }
        guard problems.count > shown else { return problems }
        return Array(problems.prefix(shown)) + ["and \(problems.count - shown) more"]
    }

    /// The entries the manifest cannot list: itself and its signature.
    static let bookkeeping: Set<String> = [SealManifest.fileName, SealManifest.signatureName]
}
