/// Whether an archive entry's name is safe to extract under a directory.
enum EntryPath {
    static let maxLength = 1_024

    /// Why `path` must not be extracted, or `nil` when it is a plain relative path.
    static func problem(_ path: String) -> String? {
        if path.isEmpty { return "has an empty name" }
        if path.utf8.count > maxLength { return "has a name longer than \(maxLength) bytes" }
        if path.hasPrefix("/") { return "is an absolute path" }
        if path.contains("\\") { return "contains a backslash (a path separator on Windows)" }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "contains a control character"
        }
        if let first = path.unicodeScalars.first, path.unicodeScalars.dropFirst().first == ":",
            first.properties.isAlphabetic
        {
            return "names a drive (an absolute path on Windows)"
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains("..") { return "climbs out of the archive (a '..' component)" }
        // A trailing slash marks a directory entry; anything else empty or `.` is not normal form.
        if parts.dropLast().contains(where: { $0.isEmpty || $0 == "." }) || parts.last == "." {
            return "is not a normalised path (an empty or '.' component)"
        }
        return nil
    }
}
