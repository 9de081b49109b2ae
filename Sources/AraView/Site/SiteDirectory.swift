import AraCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A site being written into place: its files go into a temporary sibling
/// (`.DIR.arakit-PID-UUID.tmp`) as they come, and ``commit()`` renames that
/// over DIR, so a failed render leaves any earlier site whole.
public final class SiteDirectory {
    let target: URL
    /// DIR as given, for messages.
    let display: String
    let staging: URL
    let stem: String
    let replaces: Bool
    /// The first write that failed; later writes are skipped.
    private var failure: ViewError?
    private var done = false
    private var written: Set<String> = []
    /// The files of the site (a path written twice counts once).
    public var count: Int { written.count }

    /// Checks DIR (an earlier site is replaced only when `replacing`) and starts the temporary sibling.
    public init(_ directory: URL, replacing: Bool) throws(ViewError) {
        let manager = FileManager.default
        target = directory.standardizedFileURL
        display = directory.path
        // First, so that a site a killed render had set aside is back before it is judged.
        RenderedSite.cleanStale(beside: target)
        replaces = manager.fileExists(atPath: target.path)
        if replaces, !replacing, !((try? manager.contentsOfDirectory(atPath: target.path))?.isEmpty ?? false) {
            throw .outputExists(path: directory.path)
        }
        if BundleFileSystem.isSymbolicLink(target.path) {
            throw .write(path: target.path, message: "is a symbolic link; not replaced")
        }
        let parent = target.deletingLastPathComponent()
        stem = ".\(target.lastPathComponent).arakit-"
        staging = parent.appendingPathComponent(stem + "\(getpid())-\(UUID().uuidString).tmp")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .write(path: directory.path, message: error.localizedDescription)
        }
    }

    /// Writes one file of the site (path relative to its root); a path written
    /// again holds the last bytes. Without a sync per file (`AtomicFile.create`):
    /// the site is renamed into place whole, and 50,000 syncs took longer than
    /// making the pages.
    public func add(_ path: String, _ data: Data) {
        guard failure == nil else { return }
        let url = staging.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            failure = .write(path: display, message: error.localizedDescription)
            return
        }
        if !written.insert(path).inserted { unlink(url.path) }
        if let message = AtomicFile.create(url.path, holding: data) {
            failure = .write(path: display, message: message)
        }
    }

    /// Puts the site in place of DIR; any earlier site there waits aside
    /// (`.DIR.arakit-old-PID-UUID`) for the moment of the swap.
    public func commit() throws(ViewError) {
        if let failure {
            abandon()
            throw failure
        }
        let manager = FileManager.default
        do {
            if replaces {
                let parent = target.deletingLastPathComponent()
                let old = parent.appendingPathComponent(stem + "old-\(getpid())-\(UUID().uuidString)")
                try manager.moveItem(at: target, to: old)
                try manager.moveItem(at: staging, to: target)
                try? manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: target)
            }
            done = true
        } catch {
            abandon()
            throw .write(path: display, message: error.localizedDescription)
        }
    }

    /// Removes the temporary sibling of a site that will not be committed.
    public func abandon() {
        guard !done else { return }
        done = true
        try? FileManager.default.removeItem(at: staging)
    }
}
