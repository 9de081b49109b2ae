import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader sees the old content or the new, never half.
public enum AtomicFile {
    /// The prefix and suffix of the temporary files written beside a target;
    /// a file named so is the leftover of an interrupted write.
    public static let temporaryPrefix = "."
    public static let temporaryMarker = ".arakit-"
    public static let temporarySuffix = ".tmp"

    /// Writes `text` to a temporary file beside `url`, then renames it into place.
    public static func write(_ text: String, to url: URL) throws(AraError) {
        try write(Data(text.utf8), to: url)
    }

    /// Writes `data` to a temporary file beside `url`, then renames it into
    /// place. A file replaced keeps its permission bits and, where allowed,
    /// its owner: a fix must not make a private file world-readable.
    public static func write(_ data: Data, to url: URL) throws(AraError) {
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .io(path: directory.path, message: "cannot create directory: \(error.localizedDescription)")
        }
        var existing = stat()
        let replaced = lstat(url.path, &existing) == 0 ? existing : nil
        try write(data, toPath: url.path, replacing: replaced)
    }

    /// Writes `data` beside `path` in a folder that exists, then renames it
    /// into place; `replaced` is what `lstat` said of `path` (nil when absent).
    /// Paths, not URLs: a URL asks the file system whether each name it is
    /// given is a folder, and a capture writes hundreds of files.
    static func write(_ data: Data, toPath path: String, replacing replaced: stat?) throws(AraError) {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path.utf8.index(after: $0) } ?? path.startIndex
        let temporary =
            String(path[..<slash]) + temporaryPrefix + String(path[slash...]) + temporaryMarker + uniqueStem()
            + temporarySuffix
        if let failure = create(temporary, holding: data) {
            unlink(temporary)
            throw .io(path: path, message: "cannot write: \(failure)")
        }
        if let replaced, replaced.st_mode & S_IFMT == S_IFREG {
            _ = chmod(temporary, replaced.st_mode & 0o7777)
            _ = chown(temporary, replaced.st_uid, replaced.st_gid)
        }
        guard rename(temporary, path) == 0 else {
            let message = String(cString: strerror(errno))
            unlink(temporary)
            throw .io(path: path, message: "cannot replace file: \(message)")
        }
    }

    /// 16 random hexadecimal digits: a name no other writer picks (the file
    /// is created exclusively, so a clash fails rather than overwrites).
    /// Not `UUID()`, which opens /dev/urandom for every file.
    static func uniqueStem() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = String(generator.next() as UInt64, radix: 16, uppercase: true)
        return String(repeating: "0", count: 16 - digits.utf8.count) + digits
    }

    /// Creates `path` (never over an existing file or through a link) with
    /// `data`; nil when done, else what failed.
    ///
    /// Not `Data.write`, which syncs each file to disk: a capture writes
    /// hundreds of files, and those syncs were a fifth of its time. The
    /// rename makes each write atomic for readers and against a killed
    /// process; a file survives a power cut as the file system's ordering
    /// of data before renames allows (SPEC.md §6).
    public static func create(_ path: String, holding data: Data) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        var failure: String?
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count, let base = bytes.baseAddress {
                let written = writeBytes(descriptor, base + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        return failure
    }

    /// Whether a file name is one of these temporary files.
    public static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(temporaryPrefix) && name.hasSuffix(temporarySuffix) && name.contains(temporaryMarker)
    }
}

/// `write(2)`, out of reach of `AtomicFile.write`'s name.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
