import Crypto
import Foundation
import ZIPFoundation

/// Writes a ZIP whose bytes depend only on its entries: the caller adds them in
/// sorted order, and every entry gets the same timestamp and permissions.
/// Entries are deflated, but for formats compressed already (stored as they are).
struct SealedArchiveWriter {
    /// 1980-01-01 00:00 UTC, the earliest time a ZIP entry can state.
    /// ZIPFoundation converts with gmtime, so the time zone changes nothing.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)
    static let filePermissions: UInt16 = 0o644
    /// Bytes handed to zlib per call when writing: pack of the-ara-of-ara took
    /// 281 ms of CPU with ZIPFoundation's 16 KiB default, 260 ms with this.
    static let chunkSize = 256 << 10

    let archive: Archive
    let url: URL

    /// Starts a new archive at `url`, or (`appending`) adds to the one there.
    init(at url: URL, appending: Bool = false) throws(PackError) {
        do {
            archive = try Archive(url: url, accessMode: appending ? .update : .create)
        } catch {
            throw .io(path: url.path, message: "cannot open the archive for writing: \(error)")
        }
        self.url = url
    }

    /// Adds an entry from memory (the manifest, its signature, the RO-Crate metadata).
    func add(_ path: String, data: Data) throws(PackError) {
        try add(path, size: Int64(data.count)) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    /// Adds a bundle file, streamed from disk and hashed on the way: one
    /// read of each file gives both the entry and its manifest record.
    func add(_ path: String, from source: PackSource) throws(PackError) -> SealManifest.FileRecord {
        let fileURL = source.url(path)
        guard let handle = FileHandle(forReadingAtPath: fileURL.path) else {
            throw .io(path: fileURL.path, message: "cannot open the file (check its permissions)")
        }
        defer { try? handle.close() }
        let size: Int64
        do {
            size = Int64(try handle.seekToEnd())
            try handle.seek(toOffset: 0)
        } catch {
            throw .io(path: fileURL.path, message: "cannot read: \(error.localizedDescription)")
        }
        guard size <= source.limits.maxEntryBytes else {
            throw .tooLarge(path: path, limit: source.limits.maxEntryBytes)
        }
        var hasher = SHA256()
        try add(path, size: size) { _, chunkSize in
            let chunk = try handle.read(upToCount: chunkSize) ?? Data()
            // A short read would make ZIPFoundation ask for the same chunk forever.
            guard chunk.count == chunkSize else { throw PackError.changedWhilePacking(path: path) }
            hasher.update(data: chunk)
            return chunk
        }
        // A file that grew while it was read is not what was hashed.
        guard (try? handle.read(upToCount: 1))?.isEmpty ?? true else { throw .changedWhilePacking(path: path) }
        return SealManifest.FileRecord(path: path, size: size, sha256: SHA256Hex.hex(hasher.finalize()))
    }

    private func add(_ path: String, size: Int64, provider: @escaping Provider) throws(PackError) {
        do {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: size, modificationDate: Self.fixedDate,
                permissions: Self.filePermissions,
                compressionMethod: MediaType.isCompressed(path) ? .none : .deflate, bufferSize: Self.chunkSize,
                provider: provider)
        } catch let error as PackError {
            throw error
        } catch {
            throw .io(path: url.path, message: "cannot add '\(path)': \(error)")
        }
    }
}
