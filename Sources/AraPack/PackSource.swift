import AraCore
import Crypto
import Foundation

/// The regular files of a bundle as pack reads them: every path inside the
/// root, no symbolic link (even one that stays inside), nothing special.
struct PackSource {
    let root: URL
    /// Sorted bundle-relative paths.
    let paths: [String]
    let limits: PackLimits

    static let chunkSize = 1 << 20

    /// Lists the bundle, refusing what an archive must not hold; the names the
    /// archive reserves are refused too unless `allowingReserved` (an unpacked archive).
    static func list(_ root: URL, limits: PackLimits, allowingReserved: Bool = false) throws(PackError) -> PackSource {
        let fileSystem: BundleFileSystem
        do {
            fileSystem = try BundleFileSystem(root: root, limits: ReadLimits(maxFiles: limits.maxEntries))
        } catch {
            throw .bundle(error)
        }
        let (paths, diagnostics) = fileSystem.listFiles()
        if let problem = diagnostics.first {
            throw .notRegularFile(path: problem.location.path, reason: problem.message)
        }
        for path in paths where BundleFileSystem.firstLink(in: path, under: root) != nil {
            throw .notRegularFile(path: path, reason: "a symbolic link")
        }
        if !allowingReserved, let reserved = paths.first(where: SealManifest.reservedNames.contains) {
            throw .reservedName(path: reserved)
        }
        return PackSource(root: root, paths: paths, limits: limits)
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// A file's size and SHA-256, read in chunks so a large file costs no more memory than a small one.
    func record(_ path: String) throws(PackError) -> SealManifest.FileRecord {
        var hasher = SHA256()
        var size: Int64 = 0
        try read(path) { chunk throws(PackError) in
            hasher.update(data: chunk)
            size += Int64(chunk.count)
            guard size <= limits.maxEntryBytes else {
                throw .tooLarge(path: path, limit: limits.maxEntryBytes)
            }
        }
        return SealManifest.FileRecord(path: path, size: size, sha256: SHA256Hex.hex(hasher.finalize()))
    }

    /// Hands the file's bytes to `body` one chunk at a time.
    func read(_ path: String, _ body: (Data) throws(PackError) -> Void) throws(PackError) {
        guard let handle = FileHandle(forReadingAtPath: url(path).path) else {
            throw .io(path: url(path).path, message: "cannot open the file (check its permissions)")
        }
        defer { try? handle.close() }
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: Self.chunkSize) ?? Data()
            } catch {
                throw .io(path: url(path).path, message: "read failed: \(error.localizedDescription)")
            }
            if chunk.isEmpty { return }
            try body(chunk)
        }
    }
}
