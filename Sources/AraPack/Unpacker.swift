import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `arakit unpack`: verifies an archive inflated into a hidden directory beside
/// the target, then renames it into place, so the target appears whole or not at all.
public struct Unpacker: Sendable {
    public var verifier: Verifier

    public init(verifier: Verifier) { self.verifier = verifier }

    public func unpack(archive url: URL, display: String, to target: URL) throws(PackError) -> VerifyReport {
        let parent = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .io(path: parent.path, message: "cannot create the directory: \(error.localizedDescription)")
        }
        // Claimed first, so nothing that appears meanwhile is replaced; the
        // rename below swaps this empty directory for the verified one.
        guard mkdir(target.path, 0o755) == 0 else {
            throw errno == EEXIST
                ? .exists(path: target.path, mend: "unpack never merges into or replaces a directory: name a new one")
                : .io(path: target.path, message: String(cString: strerror(errno)))
        }
        let staging: ScratchDirectory
        do throws(PackError) {
            staging = try ScratchDirectory.make(in: parent, name: "." + target.lastPathComponent + ".arakit-unpack")
        } catch {
            rmdir(target.path)
            throw error
        }
        do throws(PackError) {
            let report = try verifier.verify(archive: url, display: display, into: staging.url)
            guard chmod(staging.url.path, 0o755) == 0, rename(staging.url.path, target.path) == 0 else {
                throw PackError.io(
                    path: target.path, message: "cannot move into place: \(String(cString: strerror(errno)))")
            }
            return report
        } catch {
            staging.remove()
            rmdir(target.path)
            throw error
        }
    }
}
