import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The sibling folders a compile of `out` works in, and what to do with them
/// when a compile is stopped: `.NAME.arakit-PID` holds the bundle being
/// written, `.NAME.arakit-old-PID` the user's previous bundle while `--force`
/// swaps the new one in.
public enum CompileLeftovers {
    static func staging(for out: URL, pid: Int32) -> URL {
        out.deletingLastPathComponent().appendingPathComponent(".\(out.lastPathComponent).arakit-\(pid)")
    }

    static func aside(for out: URL, pid: Int32) -> URL {
        out.deletingLastPathComponent().appendingPathComponent(".\(out.lastPathComponent).arakit-old-\(pid)")
    }

    /// Undoes what the compile of `out` by process `pid` left: its half-written
    /// bundle is removed, and a previous bundle set aside is put back when
    /// nothing took its place (or removed when the new one did). Returns what
    /// it did, one line each. Safe to call from a signal handler's queue.
    @discardableResult
    public static func clean(for out: URL, pid: Int32) -> [String] {
        let manager = FileManager.default
        var notes: [String] = []
        let staging = staging(for: out, pid: pid)
        if manager.fileExists(atPath: staging.path), (try? manager.removeItem(at: staging)) != nil {
            notes.append("removed \(staging.lastPathComponent), a bundle a stopped compile was writing")
        }
        let aside = aside(for: out, pid: pid)
        guard manager.fileExists(atPath: aside.path) else { return notes }
        if !manager.fileExists(atPath: out.path) {
            if rename(aside.path, out.path) == 0 {
                notes.append("put back \(out.lastPathComponent), which a stopped compile had set aside")
            }
        } else if (try? manager.removeItem(at: aside)) != nil {
            notes.append("removed \(aside.lastPathComponent), the bundle a stopped compile had replaced")
        }
        return notes
    }

    /// Cleans the leftovers of every stopped compile of `out`: those whose
    /// process is no longer running.
    public static func cleanStale(beside out: URL) -> [String] {
        let prefix = ".\(out.lastPathComponent).arakit-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)) ?? []
        var pids: Set<Int32> = []
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            if let pid = Int32(rest.hasPrefix("old-") ? rest.dropFirst(4) : rest), !isRunning(pid) { pids.insert(pid) }
        }
        return pids.sorted().flatMap { clean(for: out, pid: $0) }
    }

    static func isRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
