import AraCore
import Foundation

/// The files of one bundle that an edit touches: read once, changed in
/// memory, written together at the end (each atomically), so a refused edit
/// leaves every file as it was.
struct BundleTexts {
    let root: URL
    private let fileSystem: BundleFileSystem
    private var original: [String: String?] = [:]
    private(set) var changes: [String: String] = [:]
    /// Held from before the first read to the last write when the edit writes.
    private let lock: BundleLock?

    /// Opens the bundle at `root`; a `command` that will write takes the bundle lock first.
    init(root: URL, lockingFor command: String?) throws(CaptureError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .invalid(
                "no bundle at '\(root.path)' (create one with `arakit init \(root.path)`, or pass --bundle DIR)")
        }
        do {
            fileSystem = try BundleFileSystem(root: root)
        } catch {
            throw .unreadable(path: root.path, reason: error.description)
        }
        self.root = root
        do {
            lock = try command.map { command throws(AraError) in try BundleLock.acquire(root, command: command) }
        } catch {
            throw .write(error.description)
        }
    }

    /// Releases the bundle lock after the last write, rather than when the
    /// texts are freed: a command that ends without freeing them must not
    /// leave the lock file behind.
    func unlock() { lock?.release() }

    /// Leftovers of interrupted writes removed when the lock was taken.
    var removedLeftovers: [String] { lock?.removedLeftovers ?? [] }

    /// The file's current text (with this edit's changes), or nil when absent.
    mutating func text(_ path: String) throws(CaptureError) -> String? {
        if let changed = changes[path] { return changed }
        if let cached = original[path] { return cached }
        // A path, not `appendingPathComponent`, which asks the file system
        // whether the name is a folder: a capture asks of hundreds of files.
        let absolute = root.path + "/" + path
        var info = stat()
        guard lstat(absolute, &info) == 0 else {
            original[path] = .some(nil)
            return nil
        }
        let result = fileSystem.readText(path)
        guard let file = result.file else {
            throw .unreadable(path: path, reason: result.diagnostics.first?.message ?? "cannot be read")
        }
        // Appending to a decoded copy would silently rewrite every CRLF, the
        // byte-order mark or replaced bytes; refuse instead.
        if let problem = file.diagnostics.first {
            throw .unreadable(
                path: path,
                reason:
                    "\(problem.message); AraKit appends only to plain UTF-8 files with LF line endings (convert it, then retry)"
            )
        }
        original[path] = .some(file.text)
        return file.text
    }

    /// Records new text for `path`; unchanged text is no change.
    mutating func set(_ path: String, _ text: String) throws(CaptureError) {
        if try self.text(path) == text && changes[path] == nil { return }
        changes[path] = text
    }

    /// Appends `items` to the top-level list `key` of the YAML file at `path`
    /// in place (SPEC.md §10.5), or creates the file holding just that list.
    mutating func append(_ items: [YAMLNode], toList key: String, in path: String) throws(CaptureError) {
        guard let text = try text(path) else {
            let file = YAMLFile(
                path: path, headerComment: [],
                root: YAMLNode(.mapping([YAMLEntry(key: key, value: YAMLNode(.sequence(items)))])))
            try set(path, try Self.render(file))
            return
        }
        let edited: String
        do {
            edited = try YAMLTextEdit.apply(.items(items), at: [.key(key)], in: text, file: path)
        } catch {
            throw .edit(error)
        }
        try set(path, edited)
    }

    /// The canonical text of a YAML file, or a write error.
    static func render(_ file: YAMLFile) throws(CaptureError) -> String {
        do {
            return try file.render()
        } catch {
            throw .write("cannot write \(file.path): \(error)")
        }
    }

    /// File names directly inside a bundle directory, sorted.
    func names(in directory: String) -> [String] {
        let url = root.appendingPathComponent(directory)
        return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    /// Writes the changed files whose paths satisfy `filter`, each atomically,
    /// never through a link out of the bundle; returns their paths.
    @discardableResult
    func write(where filter: (String) -> Bool = { _ in true }) throws(CaptureError) -> [String] {
        let files = changes.filter { filter($0.key) }
        guard !files.isEmpty else { return [] }
        do {
            return try BundleWriter().write(files: files, to: root)
        } catch let error as AraError {
            throw .write(error.description)
        } catch {
            throw .write("cannot write into '\(root.path)': \(error.localizedDescription)")
        }
    }
}
