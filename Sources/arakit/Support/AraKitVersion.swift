/// The version `arakit --version` prints; SPEC.md's format version is separate.
enum AraKitVersion {
    static let current = "0.1.0"
}
