/// The version `arakit --version` prints; SPEC.md's format version is separate.
package enum AraKitVersion {
    package static let current = "0.1.0"
}
