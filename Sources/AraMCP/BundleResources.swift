import AraCore
import Foundation
import MCP

/// The served bundles' files as MCP resources, `ara://BUNDLE/path/in/bundle`.
///
/// A URI is resolved inside its bundle only: `..` that would leave it, an
/// absolute path, or a link leading out is refused, like every read of
/// ``BundleFileSystem``.
struct BundleResources: Sendable {
    static let scheme = "ara://"
    /// Resources per `resources/list` page: a folder of thousands of bundles lists in pages.
    static let pageSize = 500

    let bundles: ServedBundles

    /// One page of every bundle's files, from `cursor` (an offset into the whole list).
    func list(cursor: String?) throws(ToolError) -> ListResources.Result {
        let start =
            try cursor.map { text throws(ToolError) in
                guard let offset = Int(text), offset >= 0 else {
                    throw .invalidArgument("cursor", "not a cursor of this server")
                }
                return offset
            } ?? 0
        var resources: [Resource] = []
        var position = 0
        for bundle in bundles.bundles {
            guard let fileSystem = try? BundleFileSystem(root: URL(fileURLWithPath: bundle.root)) else { continue }
            let paths = fileSystem.listFiles().paths
            defer { position += paths.count }
            guard position + paths.count > start else { continue }
            for path in paths.dropFirst(max(0, start - position)) {
                if resources.count == Self.pageSize {
                    return ListResources.Result(resources: resources, nextCursor: String(start + resources.count))
                }
                resources.append(
                    Resource(
                        name: bundle.name + "/" + path, uri: Self.uri(bundle: bundle.name, path: path),
                        mimeType: Self.mimeType(path)))
            }
        }
        return ListResources.Result(resources: resources)
    }

    /// The file a URI names, as text (or base64 for a binary file).
    func read(uri: String) throws(ToolError) -> ReadResource.Result {
        let (bundle, path) = try locate(uri)
        let fileSystem: BundleFileSystem
        do {
            fileSystem = try BundleFileSystem(root: URL(fileURLWithPath: bundle.root))
        } catch {
            throw .failed("\(bundle.name): \(error.description)")
        }
        let (read, diagnostics) = fileSystem.readData(path)
        guard let (_, data) = read else {
            throw .invalidArgument("uri", "\(uri): \(diagnostics.first?.message ?? "cannot be read")")
        }
        if data.prefix(8192).contains(0) {
            return ReadResource.Result(contents: [.binary(data, uri: uri, mimeType: "application/octet-stream")])
        }
        return ReadResource.Result(contents: [
            .text(String(decoding: data, as: UTF8.self), uri: uri, mimeType: Self.mimeType(path))
        ])
    }

    /// The bundle and the normalised bundle-relative path of a URI; refuses any path that leaves the bundle.
    func locate(_ uri: String) throws(ToolError) -> (ServedBundles.Bundle, String) {
        guard uri.hasPrefix(Self.scheme) else {
            throw .invalidArgument("uri", "\(uri): not a bundle resource (they start with \(Self.scheme))")
        }
        let rest = uri.dropFirst(Self.scheme.count)
        guard let slash = rest.firstIndex(of: "/") else {
            throw .invalidArgument("uri", "\(uri): no file path after the bundle name")
        }
        let name = String(rest[..<slash]).removingPercentEncoding ?? String(rest[..<slash])
        let encoded = String(rest[rest.index(after: slash)...])
        guard let decoded = encoded.removingPercentEncoding, !decoded.contains("\0"),
            let path = BundleFileSystem.normalize(decoded), !path.isEmpty
        else {
            throw .invalidArgument("uri", "\(uri): the path leaves the bundle or is not a file path; refused")
        }
        return (try bundles.bundle(named: name), path)
    }

    static func uri(bundle: String, path: String) -> String {
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "%"))
        let name = bundle.addingPercentEncoding(withAllowedCharacters: allowed.subtracting(["/"])) ?? bundle
        return scheme + name + "/" + (path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path)
    }

    static func mimeType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "md": "text/markdown"
        case "yaml", "yml": "application/yaml"
        case "json": "application/json"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "pdf": "application/pdf"
        default: "text/plain"
        }
    }
}
