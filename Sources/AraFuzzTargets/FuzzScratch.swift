import Foundation

/// Files the targets write their input to: the readers under test take a
/// bundle directory or a file path, never bytes. One directory per process,
/// reused for every input, so a run does not fill the disk.
enum FuzzScratch {
    static let root: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("arakit-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// A directory `name` under the scratch root holding exactly `files`
    /// (relative path → bytes); whatever the previous input left is removed.
    static func directory(_ name: String, files: [String: Data]) -> URL {
        let directory = root.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: directory)
        for (path, data) in files {
            let url = directory.appendingPathComponent(path)
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: url.path, contents: data)
        }
        return directory
    }

    /// A single file `name` under the scratch root holding `data`.
    static func file(_ name: String, _ data: Data) -> URL {
        let url = root.appendingPathComponent(name)
        _ = FileManager.default.createFile(atPath: url.path, contents: data)
        return url
    }

    static func removeAll() {
        try? FileManager.default.removeItem(at: root)
    }
}
