import AraCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A temporary file beside a file being written outside a bundle (an
/// archive, a key), named with the writing process's id: `.NAME.arakit-PID-UUID.tmp`.
/// A process killed by a signal (SIGKILL included) leaves its file, and no
/// bundle lock guards that folder, so each writer first removes the files
/// of earlier writers whose process is gone.
enum OwnedTemporaryFile {
    /// A new name for a temporary file beside `target`, after sweeping dead writers' files.
    static func url(beside target: URL) -> URL {
        removeLeftovers(beside: target)
        return target.deletingLastPathComponent().appendingPathComponent(
            stem(target) + "\(getpid())-" + UUID().uuidString + AtomicFile.temporarySuffix)
    }

    /// `.NAME.arakit-`: the start of the target's temporary files.
    static func stem(_ target: URL) -> String {
        AtomicFile.temporaryPrefix + target.lastPathComponent + AtomicFile.temporaryMarker
    }

    /// Removes the temporary files beside `target` whose process is gone.
    /// A live writer's file, one from a pid that cannot be read, and
    /// anything not a regular file of this user are kept.
    static func removeLeftovers(beside target: URL) {
        let folder = target.deletingLastPathComponent()
        let stem = stem(target)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(stem) && name.hasSuffix(AtomicFile.temporarySuffix) {
            guard OwnerProcess.isGone(name.dropFirst(stem.count)) else { continue }
            let path = folder.appendingPathComponent(name).path
            var status = stat()
            guard lstat(path, &status) == 0, status.st_uid == getuid(), status.st_mode & S_IFMT == S_IFREG else {
                continue
            }
            unlink(path)
        }
    }
}
