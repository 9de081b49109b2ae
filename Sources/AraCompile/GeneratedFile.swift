/// One file the compiler writes into the bundle: a bundle-relative path and its bytes.
public struct GeneratedFile: Sendable, Equatable {
    /// Path inside the bundle, `/`-separated, for example `src/environment.md`.
    public var path: String
    /// The file's contents. Text files are UTF-8; PNG crops are raw bytes.
    public var data: [UInt8]

    public init(path: String, data: [UInt8]) {
        self.path = path
        self.data = data
    }

    public init(path: String, text: String) {
        self.init(path: path, data: Array(text.utf8))
    }

    /// The contents as UTF-8 text (lossy for binary files).
    public var text: String { String(decoding: data, as: UTF8.self) }
}
