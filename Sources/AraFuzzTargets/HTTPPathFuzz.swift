import AraView
import Foundation

/// `serve`'s request path check. Its answer is only a key into the rendered
/// site, but it is the one guard between a request and the files, so what it
/// admits is checked: no `.`/`..` segment, no backslash or NUL, and joined to
/// a root it stays under that root.
enum HTTPPathFuzz {
    static let root = URL(fileURLWithPath: "/srv/site")

    static func run(_ data: Data) throws(FuzzFailure) {
        let raw = String(decoding: data, as: UTF8.self)
        try check(raw)
        // The server hands over the path of the URL it parsed, still percent-encoded.
        if let url = URL(string: raw) {
            try check(url.path(percentEncoded: true))
        }
    }

    static func check(_ raw: String) throws(FuzzFailure) {
        guard let path = RequestPath.sitePath(raw) else { return }
        _ = RequestPath.contentType(path)
        // Checked on scalars, as the file system sees names, not on characters.
        let scalars = path.unicodeScalars
        let segments = scalars.split(separator: "/", omittingEmptySubsequences: false)
        if segments.contains(where: { $0.elementsEqual(".".unicodeScalars) || $0.elementsEqual("..".unicodeScalars) }) {
            throw FuzzFailure("\(raw.debugDescription) admitted as \(path.debugDescription): a dot segment")
        }
        if scalars.first == "/" || scalars.contains("\\") || scalars.contains("\0") {
            throw FuzzFailure("\(raw.debugDescription) admitted as \(path.debugDescription): rooted or escaped")
        }
        // On scalars too: a name that starts with a combining mark makes one
        // Character of the `/` before it, and `hasPrefix` would miss the root.
        let joined = root.appendingPathComponent(path).standardizedFileURL.path.unicodeScalars
        if !joined.elementsEqual(root.path.unicodeScalars) && !joined.starts(with: (root.path + "/").unicodeScalars) {
            throw FuzzFailure("\(raw.debugDescription) admitted as \(path.debugDescription): leaves the root")
        }
    }
}
