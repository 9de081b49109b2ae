import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One writer at a time per bundle (SPEC.md §6, writing).
///
/// Every command that writes a bundle holds this lock from before it reads
/// what it will change until its last write, so two writers never interleave
/// a read and a write (a capture racing a fix lost one or the other). The
/// lock is `flock(2)` on `.arakit.lock` in the bundle root: the kernel
/// releases it when the holder dies, so a crash never leaves a bundle locked.
/// The file holds the holder's pid and command for the message the next
/// writer prints, and is removed on release.
public final class BundleLock {
    public static let fileName = ".arakit.lock"

    private var descriptor: Int32
    private let path: String
    /// Temporary files of interrupted writes removed once the lock was held.
    public private(set) var removedLeftovers: [String] = []

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit { release() }

    /// Takes the lock of the bundle at `root`, waiting up to `timeout`
    /// seconds for another writer; then removes the leftovers of writes that
    /// were interrupted (no writer can be in the middle of one now).
    public static func acquire(
        _ root: URL, command: String, timeout: TimeInterval = defaultTimeout
    ) throws(AraError) -> BundleLock {
        let path = root.appendingPathComponent(fileName).path
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                if errno == ELOOP { throw .symbolicLink(path: path) }
                throw .io(path: path, message: "cannot create the bundle lock: \(String(cString: strerror(errno)))")
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                // The holder before us may have removed the file after we opened
                // it: a lock on a removed file locks nothing. Open again.
                guard sameFile(descriptor, path) else {
                    close(descriptor)
                    continue
                }
                let lock = BundleLock(descriptor: descriptor, path: path)
                lock.describeHolder(command)
                lock.removedLeftovers = Leftovers.remove(under: root)
                return lock
            }
            let holder = Self.holder(descriptor)
            close(descriptor)
            guard Date() < deadline else { throw .locked(path: root.path, holder: holder) }
            usleep(50_000)
        }
    }

    /// Seconds a writer waits for another: `ARAKIT_LOCK_TIMEOUT` when set
    /// (scripts that would rather fail at once set 0), else 10.
    public static var defaultTimeout: TimeInterval {
        ProcessInfo.processInfo.environment["ARAKIT_LOCK_TIMEOUT"].flatMap(TimeInterval.init).map { max(0, $0) } ?? 10
    }

    /// Releases the lock and removes its file. Idempotent.
    public func release() {
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    private func describeHolder(_ command: String) {
        let text = "pid \(getpid()): arakit \(command), since \(ISO8601DateFormatter().string(from: Date()))\n"
        _ = ftruncate(descriptor, 0)
        _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    private static func holder(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        let text = count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self).trimmingWhitespace() : ""
        return text.isEmpty ? "another arakit process" : text
    }

    private static func sameFile(_ descriptor: Int32, _ path: String) -> Bool {
        var open = stat()
        var named = stat()
        return fstat(descriptor, &open) == 0 && lstat(path, &named) == 0 && open.st_dev == named.st_dev
            && open.st_ino == named.st_ino
    }
}

/// Temporary files that an interrupted atomic write left in a bundle.
enum Leftovers {
    /// Removes every ``AtomicFile`` temporary file under `root` (links not
    /// followed, at most ``ReadLimits/maxFiles`` entries looked at); returns
    /// their bundle-relative paths.
    static func remove(under root: URL, limit: Int = ReadLimits.default.maxFiles) -> [String] {
        var removed: [String] = []
        var pending = [""]
        var seen = 0
        while let directory = pending.popLast(), seen < limit {
            let absolute = directory.isEmpty ? root.path : root.path + "/" + directory
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? []).sorted() {
                seen += 1
                let relative = directory.isEmpty ? name : directory + "/" + name
                var info = stat()
                guard lstat(absolute + "/" + name, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR {
                    pending.append(relative)
                } else if info.st_mode & S_IFMT == S_IFREG, AtomicFile.isTemporary(name),
                    unlink(absolute + "/" + name) == 0
                {
                    removed.append(relative)
                }
            }
        }
        return removed.sorted()
    }
}
