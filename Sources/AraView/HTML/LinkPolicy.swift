import AraCore

/// Decides where a link written in a bundle file may point on the rendered site.
///
/// Only `http`, `https` and relative links survive (the reference viewer had
/// an XSS through `javascript:` links). A relative link is resolved inside the
/// bundle: one that leaves it is dropped, one to a rendered page or a copied
/// image is rewritten to the site's path, and one to anything else is dropped
/// (its text stays), so nothing outside the site is linked or embedded.
public struct LinkPolicy: Sendable {
    /// Bundle paths the site renders as pages (`X.md` → `X.html`).
    public var pages: Set<String>
    /// Bundle paths copied into the site as they are (images).
    public var copied: Set<String>

    public init(pages: Set<String>, copied: Set<String>) {
        self.pages = pages
        self.copied = copied
    }

    public enum Target: Equatable, Sendable {
        /// An absolute web address, kept as written.
        case external(String)
        /// A site path relative to the site root, with its fragment.
        case site(path: String, fragment: String?)
        /// A fragment of the same page.
        case fragment(String)
    }

    /// Where `destination`, written in the bundle file at `sourcePath`, leads; nil drops the link.
    public func resolve(_ destination: String, from sourcePath: String) -> Target? {
        let trimmed = destination.trimmingWhitespace()
        if trimmed.isEmpty || trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" }) { return nil }
        if let scheme = Self.scheme(of: trimmed) {
            let lowered = scheme.lowercased()
            return lowered == "http" || lowered == "https" ? .external(trimmed) : nil
        }
        if trimmed.hasPrefix("//") || trimmed.hasPrefix("/") { return nil }
        let (pathPart, fragment) = Self.split(trimmed)
        if pathPart.isEmpty { return fragment.map { .fragment($0) } }
        guard let decoded = pathPart.removingPercentEncoding else { return nil }
        let directory = sourcePath.split(separator: "/").dropLast().joined(separator: "/")
        guard let resolved = BundleFileSystem.normalize(directory.isEmpty ? decoded : directory + "/" + decoded)
        else { return nil }
        if pages.contains(resolved) { return .site(path: SitePaths.page(for: resolved), fragment: fragment) }
        if copied.contains(resolved) { return .site(path: SitePaths.copy(of: resolved), fragment: nil) }
        return nil
    }

    /// The scheme of an absolute URL (`javascript` in `javascript:alert(1)`), or nil.
    /// Browsers ignore tabs and newlines inside a scheme; those are refused above.
    static func scheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let candidate = text[..<colon]
        if candidate.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return nil }
        return String(candidate)
    }

    static func split(_ text: String) -> (path: String, fragment: String?) {
        var path = text
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        guard let hash = text.firstIndex(of: "#") else { return (path, nil) }
        let fragment = String(text[text.index(after: hash)...])
        if let hashInPath = path.firstIndex(of: "#") { path = String(path[..<hashInPath]) }
        return (path, fragment.isEmpty ? nil : fragment)
    }
}
