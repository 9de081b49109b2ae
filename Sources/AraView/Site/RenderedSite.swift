import AraCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A rendered site: every file by its path relative to the site root.
public struct RenderedSite: Sendable {
    public var files: [String: Data]
    public var title: String
    /// What the site leaves out, and why, for the person rendering it (a graph too large to draw).
    public var notes: [String]

    public init(files: [String: Data], title: String, notes: [String] = []) {
        self.files = files
        self.title = title
        self.notes = notes
    }

    /// Writes the site into `directory`: built in a temporary sibling, then
    /// renamed into place, so a failed write leaves any earlier site whole.
    public func write(to directory: URL, replacing: Bool) throws(ViewError) {
        let site = try SiteDirectory(directory, replacing: replacing)
        defer { site.abandon() }
        for (path, data) in files.sorted(by: { $0.key < $1.key }) { site.add(path, data) }
        try site.commit()
    }
}

extension RenderedSite {
    /// Undoes what renders of `target` that were killed left beside it (no
    /// handler sees SIGKILL): `.NAME.arakit-PID-….tmp`, a site being
    /// written, is removed; `.NAME.arakit-old-PID-…`, the previous site set
    /// aside for a moment, is put back when nothing took its place, else
    /// removed. Entries of a process still running are left alone.
    static func cleanStale(beside target: URL) {
        let parent = target.deletingLastPathComponent()
        let stem = ".\(target.lastPathComponent).arakit-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names.sorted() where name.hasPrefix(stem) {
            var rest = name.dropFirst(stem.count)
            let aside = rest.hasPrefix("old-")
            if aside { rest = rest.dropFirst(4) }
            guard OwnerProcess.isGone(rest) else { continue }
            let path = parent.appendingPathComponent(name).path
            if aside, !FileManager.default.fileExists(atPath: target.path), rename(path, target.path) == 0 { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
