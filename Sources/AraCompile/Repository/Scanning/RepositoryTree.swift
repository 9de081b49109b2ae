import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The regular files of a repository, found by a bounded walk that never
/// follows a symbolic link (each entry is `lstat`ed, so a link out of the
/// root, or a loop, is never entered).
struct RepositoryTree {
    /// Directories never entered: version control, installed dependencies and
    /// build output are not the project's own work. Hidden entries (`.git`,
    /// `.venv`, `.build`) are skipped before this list is consulted.
    static let skippedDirectories: Set<String> = [
        "node_modules", "venv", "__pycache__", "build", "dist",
    ]
    /// Files visited before the walk stops, so a huge tree costs bounded time.
    static let maxFiles = 20_000
    /// Files larger than this are listed but not parsed.
    static let maxReadBytes = 2 << 20

    let root: URL
    /// Repository-relative paths of the regular files found, sorted.
    let paths: [String]
    /// What the walk left out, one pending sentence each.
    let notes: [String]

    init(root: URL) throws(RepositoryScanError) {
        var info = stat()
        // The root itself may be a link the user named; only entries below it are lstat'ed.
        guard stat(root.path, &info) == 0 else {
            throw RepositoryScanError(path: root.path, message: "no such directory (check the --repo path)")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw RepositoryScanError(
                path: root.path, message: "not a directory (--repo takes the repository's folder)")
        }
        guard (try? FileManager.default.contentsOfDirectory(atPath: root.path)) != nil else {
            throw RepositoryScanError(path: root.path, message: "cannot list the directory (check its permissions)")
        }
        self.root = root
        var paths: [String] = []
        var notes: [String] = []
        var directories = [""]
        walk: while let directory = directories.popLast() {
            let absolute = directory.isEmpty ? root.path : root.path + "/" + directory
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else {
                notes.append("repository: \(directory)/ could not be listed; its files were not scanned")
                continue
            }
            var subdirectories: [String] = []
            for name in names.sorted() where !name.hasPrefix(".") {
                let relative = directory.isEmpty ? name : directory + "/" + name
                var entry = stat()
                guard lstat(root.path + "/" + relative, &entry) == 0 else { continue }
                switch entry.st_mode & S_IFMT {
                case S_IFREG:
                    guard paths.count < Self.maxFiles else {
                        notes.append(
                            "repository: the scan stopped after \(Self.maxFiles) files; \(relative) and later files were not scanned"
                        )
                        break walk
                    }
                    paths.append(relative)
                case S_IFDIR where !Self.skippedDirectories.contains(name):
                    // A bundle kept in the repository (a previous compile's output,
                    // `ara/`) describes the code; it is not part of it.
                    if Self.isBundle(root.path + "/" + relative) {
                        notes.append("repository: \(relative)/ is an ARA bundle and was not scanned as code")
                        continue
                    }
                    subdirectories.append(relative)
                default:
                    continue
                }
            }
            directories.append(contentsOf: subdirectories.reversed())
        }
        self.paths = paths.sorted()
        self.notes = notes
    }

    /// A folder with `PAPER.md` beside `logic/` or `trace/`.
    static func isBundle(_ path: String) -> Bool {
        let manager = FileManager.default
        return manager.fileExists(atPath: path + "/PAPER.md")
            && (manager.fileExists(atPath: path + "/logic") || manager.fileExists(atPath: path + "/trace"))
    }

    /// A file's text, or why it was not read.
    enum Read {
        case text(RepositoryText)
        case skipped(String)
    }

    /// Reads a listed file as UTF-8 (invalid bytes become U+FFFD).
    func read(_ path: String) -> Read {
        let absolute = root.path + "/" + path
        var info = stat()
        guard lstat(absolute, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            return .skipped("\(path) is no longer a regular file")
        }
        let tooLarge = Read.skipped("\(path) was not read (larger than 2 MiB)")
        guard Int(info.st_size) <= Self.maxReadBytes else { return tooLarge }
        guard let handle = FileHandle(forReadingAtPath: absolute) else {
            return .skipped("\(path) could not be opened (check its permissions)")
        }
        defer { try? handle.close() }
        // One byte past the cap catches a file that grew since lstat.
        guard let data = try? handle.read(upToCount: Self.maxReadBytes + 1) ?? Data() else {
            return .skipped("\(path) could not be read")
        }
        guard data.count <= Self.maxReadBytes else { return tooLarge }
        return .text(RepositoryText(path: path, text: String(decoding: data, as: UTF8.self)))
    }
}
