import AraCore
import Foundation

/// `ro-crate-metadata.json`: makes the archive an RO-Crate 1.1 — a root data
/// entity (name, description, authors, date, licence) and one File entity per
/// file. Built only from the bundle's content, never the clock, so packing
/// stays deterministic.
public enum ROCrateMetadata {
    public static let fileName = "ro-crate-metadata.json"
    static let specification = "https://w3id.org/ro/crate/1.1"
    /// Front-matter keys that may date the bundle, most specific first.
    static let dateKeys = ["date_published", "last_updated", "date_created", "date", "year"]
    static let licenceKeys = ["license", "licence"]
    /// Files at the root that state a licence when the front matter does not.
    static let licenceFiles = ["LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "LICENCE.md", "COPYING"]

    /// The metadata for `files` (path, size, SHA-256) of a bundle whose PAPER.md is `manifest`.
    static func render(manifest: Manifest?, files: [SealManifest.FileRecord]) throws(PackError) -> Data {
        let front = manifest?.frontMatter
        guard let date = datePublished(front) else {
            throw .missingMetadata(
                path: BundlePaths.manifest,
                message: "the front matter states no date, and an RO-Crate must have one "
                    + "(add `year: 2026` or `last_updated: \"2026-04-27\"`)")
        }
        let authors = manifest?.authors ?? []
        let (licenceValue, licenceEntity) = licence(front, files: files)
        var root: [String: Any] = [
            "@id": "./", "@type": "Dataset",
            "name": manifest?.title ?? "ARA bundle",
            "description": front?["abstract"]?.scalarText?.trimmingCharacters(in: .whitespacesAndNewlines)
                ?? manifest?.title ?? "An Agent-Native Research Artifact",
            "datePublished": date,
            "license": licenceValue,
            "hasPart": files.map { ["@id": identifier($0.path)] },
        ]
        // RO-Crate 1.1 prefers a single value to a one-element list.
        let authorLinks = authors.indices.map { ["@id": "#author-\($0 + 1)"] }
        if authorLinks.count == 1 {
            root["author"] = authorLinks[0]
        } else if !authorLinks.isEmpty {
            root["author"] = authorLinks
        }
        var graph: [[String: Any]] = [
            [
                "@id": fileName, "@type": "CreativeWork", "about": ["@id": "./"],
                "conformsTo": ["@id": specification],
            ],
            root,
        ]
        graph += authors.enumerated().map {
            ["@id": "#author-\($0.offset + 1)", "@type": "Person", "name": $0.element]
        }
        graph += licenceEntity.map { [$0] } ?? []
        // No digest here: the 1.1 context defines no term for one; MANIFEST.json holds them.
        graph += files.map { file -> [String: Any] in
            [
                "@id": identifier(file.path), "@type": "File", "name": file.path,
                "contentSize": String(file.size), "encodingFormat": MediaType.of(file.path),
            ]
        }
        let document: [String: Any] = ["@context": specification + "/context", "@graph": graph]
        do {
            return try JSONSerialization.data(
                withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
                + Data("\n".utf8)
        } catch {
            throw .io(path: fileName, message: "cannot encode: \(error)")
        }
    }

    /// The first front-matter date that is ISO 8601 (`2026`, `2026-04`, `2026-04-27`, with a time or not).
    static func datePublished(_ front: YAMLNode?) -> String? {
        for key in dateKeys {
            guard let value = front?[key]?.scalarText?.trimmingCharacters(in: .whitespaces) else { continue }
            if value.wholeMatch(of: /\d{4}(-\d{2}(-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?/) != nil {
                return value
            }
        }
        return nil
    }

    /// The licence the front matter states (a URL is linked as is), else a
    /// licence file at the root, else an entity saying none is stated: the
    /// profile requires the property, and inventing a licence would be worse.
    /// Returns the root's `license` value and the contextual entity it needs, if any.
    static func licence(_ front: YAMLNode?, files: [SealManifest.FileRecord]) -> (Any, [String: Any]?) {
        for key in licenceKeys {
            guard let value = front?[key]?.scalarText?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
                continue
            }
            if value.hasPrefix("http://") || value.hasPrefix("https://") { return (["@id": value], nil) }
            return (["@id": "#license"], ["@id": "#license", "@type": "CreativeWork", "name": value])
        }
        if let file = licenceFiles.first(where: { name in files.contains { $0.path == name } }) {
            return (["@id": identifier(file)], nil)
        }
        let unstated: [String: Any] = [
            "@id": "#license", "@type": "CreativeWork", "name": "No licence stated",
            "description": "The bundle states no licence; ask its authors before reuse.",
        ]
        return (["@id": "#license"], unstated)
    }

    /// A bundle path as an RO-Crate `@id`: a relative URI, so spaces and the like are percent-encoded.
    static func identifier(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
