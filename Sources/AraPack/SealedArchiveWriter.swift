import Crypto
import Foundation
import ZIPFoundation

/// Writes a ZIP whose bytes depend only on its entries: the caller adds them in
/// sorted order, and every entry gets the same timestamp and permissions.
/// Entries are deflated, but for formats compressed already and for data that
/// deflates past verify's ratio cap (stored as they are: ``EntryMethod``).
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
    let limits: PackLimits

    /// Starts a new archive at `url`, or (`appending`) adds to the one there.
    init(at url: URL, appending: Bool = false, limits: PackLimits) throws(PackError) {
        do {
            archive = try Archive(url: url, accessMode: appending ? .update : .create)
        } catch {
            throw .io(path: url.path, message: "cannot open the archive for writing: \(error)")
        }
        self.url = url
        self.limits = limits
    }

    /// Adds an entry from memory (the manifest, its signature, the RO-Crate metadata).
    func add(_ path: String, data: Data) throws(PackError) {
        var offset = 0
        let method = try method(path, size: Int64(data.count)) { count in
            defer { offset += count }
            return data.subdata(in: offset..<offset + count)
        }
        try add(path, size: Int64(data.count), method: method) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    /// Adds a bundle file, streamed from disk and hashed on the way: one
    /// read of each file gives both the entry and its manifest record (two
    /// when deciding how to store it takes deflating its start: ``EntryMethod``).
    func add(_ path: String, from source: PackSource) throws(PackError) -> SealManifest.FileRecord {
        let fileURL = source.url(path)
        guard let handle = FileHandle(forReadingAtPath: fileURL.path) else {
            throw .io(path: fileURL.path, message: "cannot open the file (check its permissions)")
        }
        defer { try? handle.close() }
        let size = try Self.size(of: handle, at: fileURL)
        guard size <= source.limits.maxEntryBytes else {
            throw .tooLarge(path: path, limit: source.limits.maxEntryBytes)
        }
        // The bytes the method was chosen on must be the ones archived.
        var decided = PrefixDigest()
        let method = try method(path, size: size) { count in
            try decided.take(Self.chunk(count, of: handle, path: path))
        }
        try Self.rewind(handle, at: fileURL)
        var hasher = SHA256()
        var archived = PrefixDigest(length: decided.length)
        try add(path, size: size, method: method) { _, chunkSize in
            let chunk = try Self.chunk(chunkSize, of: handle, path: path)
            hasher.update(data: chunk)
            return archived.take(chunk)
        }
        // A file that grew while it was read is not what was hashed.
        guard (try? handle.read(upToCount: 1))?.isEmpty ?? true, archived.digest == decided.digest else {
            throw .changedWhilePacking(path: path)
        }
        return SealManifest.FileRecord(path: path, size: size, sha256: SHA256Hex.hex(hasher.finalize()))
    }

    /// Exactly `count` bytes of the file: a short read would make ZIPFoundation ask for the same chunk forever.
    static func chunk(_ count: Int, of handle: FileHandle, path: String) throws -> Data {
        let chunk = try handle.read(upToCount: count) ?? Data()
        guard chunk.count == count else { throw PackError.changedWhilePacking(path: path) }
        return chunk
    }

    static func size(of handle: FileHandle, at url: URL) throws(PackError) -> Int64 {
        do {
            let size = Int64(try handle.seekToEnd())
            try handle.seek(toOffset: 0)
            return size
        } catch {
            throw .io(path: url.path, message: "cannot read: \(error.localizedDescription)")
        }
    }

    static func rewind(_ handle: FileHandle, at url: URL) throws(PackError) {
        do { try handle.seek(toOffset: 0) } catch {
            throw .io(path: url.path, message: "cannot read: \(error.localizedDescription)")
        }
    }

    private func method(_ path: String, size: Int64, read: (Int) throws -> Data) throws(PackError)
        -> CompressionMethod
    {
        do {
            return try EntryMethod.choose(path, size: size, limits: limits, bufferSize: Self.chunkSize, read: read)
        } catch let error as PackError {
            throw error
        } catch {
            throw .io(path: path, message: "cannot read: \(error)")
        }
    }

    private func add(_ path: String, size: Int64, method: CompressionMethod, provider: @escaping Provider)
        throws(PackError)
    {
        do {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: size, modificationDate: Self.fixedDate,
                permissions: Self.filePermissions, compressionMethod: method, bufferSize: Self.chunkSize,
                provider: provider)
        } catch let error as PackError {
            throw error
        } catch {
            throw .io(path: url.path, message: "cannot add '\(path)': \(error)")
        }
    }
}

/// The SHA-256 of the first bytes of a stream: all it is given, or its first
/// `length` bytes. Pack compares the bytes it chose an entry's method on with
/// the same bytes as archived.
struct PrefixDigest {
    private var hasher = SHA256()
    private let limit: Int?
    private(set) var length = 0

    init(length: Int? = nil) { limit = length }

    /// Adds `chunk` (as much of it as the limit takes) and hands it back.
    mutating func take(_ chunk: Data) -> Data {
        let kept = limit.map { chunk.prefix(max(0, $0 - length)) } ?? chunk
        hasher.update(data: kept)
        length += kept.count
        return chunk
    }

    var digest: SHA256.Digest { hasher.finalize() }
}
