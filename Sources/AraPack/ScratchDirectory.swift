import AraCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A new directory only this user can enter, where an archive is inflated
/// before anything of it is trusted; removed when the work is done.
struct ScratchDirectory {
    let url: URL

    /// Creates `parent/NAME-PID-UUID` with mode 700; fails rather than reuse
    /// anything. Leftovers of runs that were killed are removed first.
    static func make(in parent: URL, name: String) throws(PackError) -> ScratchDirectory {
        sweep(in: parent, name: name)
        let url = parent.appendingPathComponent("\(name)-\(getpid())-\(UUID().uuidString)")
        guard mkdir(url.path, 0o700) == 0 else {
            throw .io(
                path: url.path, message: "cannot create a temporary directory: \(String(cString: strerror(errno)))")
        }
        return ScratchDirectory(url: url)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Removes `parent/NAME-PID-…` directories this user owns whose process
    /// is gone: a verify stopped by a signal (even SIGKILL, which no handler
    /// sees) leaves its scratch behind, and the next run clears it.
    static func sweep(in parent: URL, name: String) {
        let prefix = name + "-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            guard OwnerProcess.isGone(entry.dropFirst(prefix.count)) else { continue }
            let path = parent.appendingPathComponent(entry).path
            var status = stat()
            guard lstat(path, &status) == 0, status.st_uid == getuid(), (status.st_mode & S_IFMT) == S_IFDIR else {
                continue
            }
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
