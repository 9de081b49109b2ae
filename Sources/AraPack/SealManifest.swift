import AraCore
import AraReview
import Foundation

/// `MANIFEST.json`: what was sealed. Every other entry of the archive is one
/// of its `files`, with that size and SHA-256; signing it signs them all.
public struct SealManifest: Codable, Sendable, Equatable {
    /// The names the archive reserves at its root.
    public static let fileName = "MANIFEST.json"
    public static let signatureName = "MANIFEST.sig"
    public static let reservedNames: Set<String> = [fileName, signatureName, ROCrateMetadata.fileName]
    /// Raised when the shape changes so that an older AraKit cannot check it.
    public static let currentFormatVersion = 1

    public struct FileRecord: Codable, Sendable, Equatable {
        public var path: String
        public var size: Int64
        public var sha256: String
    }

    public var format = "arakit-seal"
    public var formatVersion = SealManifest.currentFormatVersion
    public var arakitVersion: String
    /// Sorted by path; includes `ro-crate-metadata.json`, excludes the manifest and its signature.
    public var files: [FileRecord]
    /// The review at packing time.
    public var review: ReviewSummary

    /// The bytes written to the archive: sorted keys, so the same content gives the same bytes.
    public func encoded() throws(PackError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(self) + Data("\n".utf8)
        } catch {
            throw .io(path: Self.fileName, message: "cannot encode: \(error)")
        }
    }

    /// Reads a manifest, refusing one of a format this AraKit does not know.
    public static func decode(_ data: Data, archive: String) throws(PackError) -> SealManifest {
        let manifest: SealManifest
        do {
            manifest = try JSONDecoder().decode(SealManifest.self, from: data)
        } catch {
            throw .badManifest(archive: archive, message: "\(fileName) is not a seal manifest (\(error))")
        }
        guard manifest.format == "arakit-seal", manifest.formatVersion <= currentFormatVersion else {
            throw .badManifest(
                archive: archive,
                message: "\(fileName) has format \(manifest.format) \(manifest.formatVersion); "
                    + "this AraKit reads arakit-seal up to \(currentFormatVersion) (update AraKit)")
        }
        return manifest
    }
}

/// A review reduced to counts, as recorded at packing time and printed by verify.
public struct ReviewSummary: Codable, Sendable, Equatable {
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    /// Findings per rule code.
    public var codes: [String: Int]

    public init(_ findings: [Finding]) {
        errors = findings.count { $0.severity == .error }
        warnings = findings.count { $0.severity == .warning }
        infos = findings.count { $0.severity == .info }
        codes = Dictionary(findings.map { ($0.code, 1) }, uniquingKeysWith: +)
    }

    public var total: Int { errors + warnings + infos }
}
