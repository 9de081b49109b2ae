/// What a bundle file is, by its extension: the media type RO-Crate's
/// `encodingFormat` names, and whether it is compressed already.
enum MediaType {
    static let byExtension: [String: String] = [
        "md": "text/markdown", "yaml": "application/yaml", "yml": "application/yaml", "json": "application/json",
        "toml": "application/toml", "txt": "text/plain", "csv": "text/csv", "tsv": "text/tab-separated-values",
        "py": "text/x-python", "sh": "text/x-shellscript", "tex": "text/x-tex", "bib": "text/x-bibtex",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "svg": "image/svg+xml",
        "pdf": "application/pdf", "html": "text/html",
    ]

    /// Formats that are compressed already: deflating them again costs time and saves nothing.
    static let compressedExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "webp", "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "mp3", "mp4", "woff2",
    ]

    static func of(_ path: String) -> String {
        byExtension[fileExtension(path)] ?? "application/octet-stream"
    }

    static func isCompressed(_ path: String) -> Bool { compressedExtensions.contains(fileExtension(path)) }

    /// The lower-cased extension of the last component ("" for none, or for a dot file).
    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
