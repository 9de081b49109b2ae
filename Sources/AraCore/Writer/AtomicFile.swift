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
        let temporary = directory.appendingPathComponent(
            temporaryPrefix + url.lastPathComponent + temporaryMarker + UUID().uuidString + temporarySuffix)
        do {
            try data.write(to: temporary, options: [.withoutOverwriting])
        } catch {
            throw .io(path: url.path, message: "cannot write: \(error.localizedDescription)")
        }
        var existing = stat()
        if lstat(url.path, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG {
            _ = chmod(temporary.path, existing.st_mode & 0o7777)
            _ = chown(temporary.path, existing.st_uid, existing.st_gid)
        }
        guard rename(temporary.path, url.path) == 0 else {
            let message = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .io(path: url.path, message: "cannot replace file: \(message)")
        }
    }

    /// Whether a file name is one of these temporary files.
    public static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(temporaryPrefix) && name.hasSuffix(temporarySuffix) && name.contains(temporaryMarker)
    }
}
