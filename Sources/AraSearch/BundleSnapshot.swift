import AraCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The size and modification time of every indexed file (``IndexScope``) and
/// every folder that may hold one, as the index records them: a later
/// snapshot that differs means a file changed.
///
/// Folders are kept too, so a file added or removed anywhere changes a
/// folder's time even before any file is read. Symbolic links, hidden entries
/// and AraKit's own lock and temporary files are not part of a bundle's text.
public struct BundleSnapshot: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        /// Bundle-relative path; a folder's ends with `/`; the root is `/`.
        var path: String
        var size: Int64
        /// Nanoseconds since 1970.
        var modified: Int64
    }

    var entries: [Entry]

    /// Regular files, in path order.
    var files: [String] { entries.filter { !$0.path.hasSuffix("/") }.map(\.path) }

    /// Every file and folder of `root` (not only what search indexes): a
    /// cache of a whole bundle's reading is current while this holds.
    public static func whole(root: String, maxFiles: Int = ReadLimits.default.maxFiles) -> BundleSnapshot {
        take(root: root, maxFiles: maxFiles, within: { _ in true }, files: { _ in true })
    }

    /// Whether every entry still has its recorded size and time.
    public func isCurrent(root: String) -> Bool { Self.isCurrent(entries, root: root) }

    /// Walks `root`, stopping after `maxFiles` files.
    static func take(root: String, maxFiles: Int) -> BundleSnapshot {
        take(root: root, maxFiles: maxFiles, within: IndexScope.entersFolder, files: IndexScope.indexes)
    }

    /// Walks the folders `within` accepts, recording the files `files` accepts.
    static func take(
        root: String, maxFiles: Int, within: (String) -> Bool, files: (String) -> Bool
    ) -> BundleSnapshot {
        var entries: [Entry] = []
        var pending = [""]
        var fileCount = 0
        while let folder = pending.popLast() {
            let absolute = folder.isEmpty ? root : root + "/" + folder
            guard let info = status(absolute) else { continue }
            entries.append(Entry(path: folder + "/", size: info.size, modified: info.modified))
            let names = (try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? []
            for name in names.sorted().reversed() where !skipped(name) {
                let relative = folder.isEmpty ? name : folder + "/" + name
                guard let entry = status(root + "/" + relative) else { continue }
                if entry.isFolder, within(relative) {
                    pending.append(relative)
                } else if entry.isFile, files(relative), fileCount < maxFiles {
                    fileCount += 1
                    entries.append(Entry(path: relative, size: entry.size, modified: entry.modified))
                }
            }
        }
        return BundleSnapshot(entries: entries.sorted { $0.path < $1.path })
    }

    /// Whether every recorded entry still has its size and time: a stat per
    /// entry, no folder listing (a new or removed file changes its folder's time).
    static func isCurrent(_ entries: [Entry], root: String) -> Bool {
        entries.allSatisfy { entry in
            guard let info = status(absolute(entry.path, root: root)) else { return false }
            return info.size == entry.size && info.modified == entry.modified
        }
    }

    static func absolute(_ path: String, root: String) -> String {
        let relative = path.hasSuffix("/") ? String(path.dropLast()) : path
        return relative.isEmpty ? root : root + "/" + relative
    }

    private static func skipped(_ name: String) -> Bool {
        name.hasPrefix(".") || name == BundleLock.fileName || AtomicFile.isTemporary(name)
    }

    private struct Status {
        var size: Int64
        var modified: Int64
        var isFile: Bool
        var isFolder: Bool
    }

    /// `lstat`: a link is neither file nor folder, so it is never followed.
    private static func status(_ path: String) -> Status? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let kind = info.st_mode & S_IFMT
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        return Status(
            size: Int64(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec),
            isFile: kind == S_IFREG, isFolder: kind == S_IFDIR)
    }
}
