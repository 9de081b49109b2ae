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

    /// Creates `parent/PREFIX-UUID` with mode 700; fails rather than reuse anything.
    static func make(in parent: URL, name: String) throws(PackError) -> ScratchDirectory {
        let url = parent.appendingPathComponent(name + "-" + UUID().uuidString)
        guard mkdir(url.path, 0o700) == 0 else {
            throw .io(
                path: url.path, message: "cannot create a temporary directory: \(String(cString: strerror(errno)))")
        }
        return ScratchDirectory(url: url)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
