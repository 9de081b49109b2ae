import Crypto
import Foundation
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads an archive that trusts nothing: every entry's name, kind and stated
/// size is checked before a byte is inflated, and inflating stops at the caps.
struct ArchiveReader {
    let url: URL
    let display: String
    let limits: PackLimits
    let archive: Archive

    init(url: URL, display: String, limits: PackLimits) throws(PackError) {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .io(path: display, message: "no such file (check the path)")
        }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .unreadableArchive(path: display, message: "\(error)")
        }
        self.url = url
        self.display = display
        self.limits = limits
    }

    /// The file entries, after checking every entry of the central directory.
    func inspect() throws(PackError) -> [Entry] {
        var files: [Entry] = []
        var seen: Set<String> = []
        var total: Int64 = 0
        for (index, entry) in archive.enumerated() {
            let path = entry.path
            guard index < limits.maxEntries else {
                throw .bomb(archive: display, entry: path, reason: "is past the \(limits.maxEntries)-entry cap")
            }
            if let problem = EntryPath.problem(path) { throw unsafe(path, problem) }
            switch entry.type {
            case .symlink: throw unsafe(path, "is a symbolic link")
            case .directory: continue
            case .file: break
            }
            guard seen.insert(path).inserted else { throw unsafe(path, "appears twice (a duplicate entry)") }
            let size = Int64(clamping: entry.uncompressedSize)
            total += size
            try checkDeclared(path, size: size, compressed: Int64(clamping: entry.compressedSize), total: total)
            files.append(entry)
        }
        // After the entry cap: the walk reads each entry's local header.
        try LocalHeaders.check(archive, url: url, display: display)
        return files
    }

    func checkDeclared(_ path: String, size: Int64, compressed: Int64, total: Int64) throws(PackError) {
        if size > limits.maxEntryBytes {
            throw .bomb(archive: display, entry: path, reason: "states \(size) bytes, past the per-entry cap")
        }
        if total > limits.maxTotalBytes {
            throw .bomb(archive: display, entry: path, reason: "brings the archive past \(limits.maxTotalBytes) bytes")
        }
        if limits.refusesRatio(size: size, compressed: compressed) {
            throw .bomb(
                archive: display, entry: path,
                reason: "inflates \(size / max(compressed, 1)):1, past the \(limits.maxRatio):1 cap")
        }
    }

    func unsafe(_ path: String, _ reason: String) -> PackError {
        .unsafeEntry(archive: display, entry: path, reason: reason)
    }

    /// Inflates every file entry under `directory` (a fresh directory of the
    /// caller's), hashing as it writes; returns each file's size and SHA-256.
    func extract(_ entries: [Entry], into directory: URL) throws(PackError) -> [String: SealManifest.FileRecord] {
        var records: [String: SealManifest.FileRecord] = [:]
        var total: Int64 = 0
        for entry in entries {
            let record = try extract(entry, into: directory, total: &total)
            records[record.path] = record
        }
        return records
    }

    func extract(_ entry: Entry, into directory: URL, total: inout Int64) throws(PackError)
        -> SealManifest.FileRecord
    {
        let path = entry.path
        let target = directory.appendingPathComponent(path)
        let handle = try create(target, entry: path, under: directory)
        defer { try? handle.close() }
        let cap = min(Int64(clamping: entry.uncompressedSize), limits.maxEntryBytes)
        var hasher = SHA256()
        var size: Int64 = 0
        var written = total
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                size += Int64(chunk.count)
                written += Int64(chunk.count)
                guard size <= cap else {
                    throw PackError.bomb(archive: display, entry: path, reason: "inflates past the size it states")
                }
                guard written <= limits.maxTotalBytes else {
                    throw PackError.bomb(archive: display, entry: path, reason: "inflates past the archive cap")
                }
                hasher.update(data: chunk)
                try handle.write(contentsOf: chunk)
            }
        } catch let error as PackError {
            throw error
        } catch {
            throw .unreadableArchive(path: display, message: "entry '\(path)': \(error)")
        }
        total = written
        return SealManifest.FileRecord(path: path, size: size, sha256: SHA256Hex.hex(hasher.finalize()))
    }

    /// Creates the file new (never through a link, never over another entry's file).
    func create(_ target: URL, entry: String, under directory: URL) throws(PackError) -> FileHandle {
        let parent = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw unsafe(entry, "collides with another entry's file")
        }
        let descriptor = open(target.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw errno == EEXIST
                ? unsafe(entry, "collides with another entry (the same name, or one differing only in case)")
                : PackError.io(path: target.path, message: String(cString: strerror(errno)))
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
}
