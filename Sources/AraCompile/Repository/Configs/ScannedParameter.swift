/// One scalar value of a configuration file: where it sits in the file's
/// structure, its text as written, and its line.
struct ScannedParameter: Equatable {
    /// `optimizer.lr`, `layers[0].size`.
    var name: String
    var value: String
    /// One-based line number.
    var line: Int
}
