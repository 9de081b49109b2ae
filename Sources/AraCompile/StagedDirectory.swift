import AraCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The sibling folder a compile writes the new bundle into before it is
/// renamed into place (`.NAME.arakit-PID`): every write goes through it, a
/// stop asked for is honoured before each, and ``discard()`` is the one place
/// a failed compile cleans up.
struct StagedDirectory {
    let output: URL
    let url: URL
    let cancellation: CompileCancellation?

    init(output: URL, cancellation: CompileCancellation?) {
        self.output = output
        self.url = CompileLeftovers.staging(for: output, pid: getpid())
        self.cancellation = cancellation
        try? FileManager.default.removeItem(at: url)
    }

    /// Throws ``CompileError/stopped(signal:)`` once a signal asked for a stop, after discarding.
    func stopIfAsked() throws(CompileError) {
        try cancellation?.check { discard() }
    }

    /// Writes generated files in path order, checking for a stop before each.
    func write(_ files: [GeneratedFile]) throws(CompileError) {
        for file in files.sorted(by: { $0.path < $1.path }) {
            try stopIfAsked()
            do {
                let target = url.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.data).write(to: target)
            } catch {
                throw .write(
                    "cannot write the bundle under \(output.deletingLastPathComponent().path): check that the folder "
                        + "can be created and written (\(error.localizedDescription))")
            }
        }
    }

    /// Replaces one file's text (after capture has written the tree, say).
    func replace(_ path: String, with text: String) throws(CompileError) {
        do {
            try Data(text.utf8).write(to: url.appendingPathComponent(path))
        } catch {
            throw .write("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// A staged file's text, or `nil`.
    func text(_ path: String) -> String? {
        try? String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
    }

    /// Bundle-relative paths of the regular files staged so far.
    func paths() -> [String] {
        guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var paths: [String] = []
        let base = url.standardizedFileURL.path + "/"
        for case let file as URL in walker
        where (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            paths.append(String(file.standardizedFileURL.path.dropFirst(base.count)))
        }
        return paths
    }

    /// Moves the staged bundle into place. An existing bundle (`--force`) is
    /// set aside under its lock, and put back if the new one cannot be moved in.
    func commit() throws(CompileError) {
        let manager = FileManager.default
        do {
            guard manager.fileExists(atPath: output.path) else {
                try manager.moveItem(at: url, to: output)
                return
            }
            // No other writer may be changing the bundle being replaced.
            let lock = try BundleLock.acquire(output, command: "compile --force")
            defer { lock.release() }
            let old = CompileLeftovers.aside(for: output, pid: getpid())
            try? manager.removeItem(at: old)
            try manager.moveItem(at: output, to: old)
            do {
                try manager.moveItem(at: url, to: output)
            } catch {
                // Put the user's bundle back before reporting the failure.
                try? manager.moveItem(at: old, to: output)
                throw error
            }
            try? manager.removeItem(at: old)
        } catch {
            throw .write(
                "cannot move the bundle into \(output.path): \((error as? AraError)?.description ?? error.localizedDescription)"
            )
        }
    }

    /// Removes everything staged: the one cleanup of a compile that fails or stops.
    func discard() {
        try? FileManager.default.removeItem(at: url)
    }
}
