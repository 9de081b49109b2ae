/// The path part of a request, checked before anything is looked up: a
/// segment that is `.` or `..` (also percent-encoded, once or twice), a
/// backslash, a NUL, an empty segment or a path that is not rooted is refused.
public enum RequestPath {
    /// The site path (`claims/c01.html`), `""` for the root, or nil when refused.
    public static func sitePath(_ raw: String) -> String? {
        guard raw.hasPrefix("/") else { return nil }
        var decoded = raw
        // Decode until stable, so `%252e%252e` is seen as `..` too; a few rounds suffice.
        for _ in 0..<3 {
            guard let next = decoded.removingPercentEncoding else { return nil }
            if next == decoded { break }
            decoded = next
        }
        if decoded.contains("%") && decoded.removingPercentEncoding != decoded { return nil }
        // Unicode scalars, not characters: a `/` or `\\` followed by a combining
        // mark is one Character that is neither, and `//ۚ` passed as the
        // rooted path `/ۚ` (found by make fuzz, httppath target).
        let path = decoded.unicodeScalars.dropFirst()
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            if segment.elementsEqual(".".unicodeScalars) || segment.elementsEqual("..".unicodeScalars) { return nil }
            if segment.isEmpty && index != segments.count - 1 { return nil }
            if segment.contains("\\") || segment.contains("\0") || segment.first == "~" { return nil }
        }
        return String(String.UnicodeScalarView(path))
    }

    /// The Content-Type of a site file.
    public static func contentType(_ path: String) -> String {
        switch SiteRenderer.fileExtension(path) {
        case "html", "": "text/html; charset=utf-8"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        default: "application/octet-stream"
        }
    }
}
