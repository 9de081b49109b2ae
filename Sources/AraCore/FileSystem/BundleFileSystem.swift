import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file of the bundle decoded to text, with the problems met on the way.
public struct TextFile: Sendable {
    /// Bundle-relative path with `/` separators.
    public var path: String
    /// The text with any BOM removed and CRLF turned into LF.
    public var text: String
    public var diagnostics: [Diagnostic]

    public init(path: String, text: String, diagnostics: [Diagnostic] = []) {
        self.path = path
        self.text = text
        self.diagnostics = diagnostics
    }
}

/// Read-only access to the files under one bundle root.
///
/// Every path it hands out or accepts is bundle-relative. It never follows a
/// symbolic link whose target lies outside the root, never resolves `..` past
/// the root, and never reads more than ``ReadLimits/maxFileBytes`` of a file.
public struct BundleFileSystem: Sendable {
    /// The root as the caller named it.
    public let root: URL
    /// `root.path`, made once: URL builds it anew on every call, for every file read.
    let rootPath: String
    /// The root with every symbolic link resolved; containment is checked against it.
    let realRoot: String
    public let limits: ReadLimits

    public init(root: URL, limits: ReadLimits = .default) throws(AraError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw .bundleNotFound(path: root.path)
        }
        guard isDirectory.boolValue else { throw .notADirectory(path: root.path) }
        self.root = root
        self.rootPath = root.path
        self.realRoot = Self.realPath(root.path) ?? root.standardizedFileURL.path
        self.limits = limits
    }

    /// Every regular file under the root, sorted, as bundle-relative paths.
    ///
    /// Links to files inside the root are listed; links that leave the root,
    /// and links to directories, are not followed.
    public func listFiles() -> (paths: [String], diagnostics: [Diagnostic]) {
        var paths: [String] = []
        var diagnostics: [Diagnostic] = []
        var pending: [String] = [""]
        while let directory = pending.popLast() {
            let absolute = absolutePath(directory)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else {
                diagnostics.append(
                    Diagnostic(
                        .unreadableFile, at: SourceLocation(path: directory.isEmpty ? "." : directory),
                        "cannot list this directory"))
                continue
            }
            let typed = Self.typedEntries(atPath: absolute)
            for name in names.sorted() where !Self.isBookkeeping(name) {
                let relative = directory.isEmpty ? name : directory + "/" + name
                switch typed[name] ?? entryKind(relative) {
                case .directory:
                    pending.append(relative)
                case .file:
                    if paths.count >= limits.maxFiles {
                        diagnostics.append(
                            Diagnostic(
                                .tooManyFiles, at: SourceLocation(path: relative),
                                "more than \(limits.maxFiles) files; listing stopped here"))
                        return (paths.sorted(), diagnostics)
                    }
                    paths.append(relative)
                case .linkOutside:
                    diagnostics.append(
                        Diagnostic(
                            .linkOutsideBundle, at: SourceLocation(path: relative),
                            "symbolic link leads outside the bundle; not followed"))
                case .linkToDirectory:
                    diagnostics.append(
                        Diagnostic(
                            .notRegularFile, at: SourceLocation(path: relative),
                            "symbolic link to a directory; not followed (links could make the walk loop)"))
                case .other:
                    diagnostics.append(
                        Diagnostic(
                            .notRegularFile, at: SourceLocation(path: relative),
                            "not a regular file or directory; skipped"))
                }
            }
        }
        return (paths.sorted(), diagnostics)
    }

    /// The regular files and directories of a directory, as the directory
    /// itself types them (`d_type`): `lstat` is asked only of the other
    /// entries (links, others, and any the file system leaves untyped), not
    /// of every file of a bundle. A name that does not decode cleanly is left
    /// to `lstat` too.
    static func typedEntries(atPath path: String) -> [String: EntryKind] {
        guard let directory = opendir(path) else { return [:] }
        defer { closedir(directory) }
        // The name is read in place, up to its NUL: an entry is only as long
        // as its name, so copying the whole `d_name` field reads past it.
        guard let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) else { return [:] }
        var kinds: [String: EntryKind] = [:]
        while let entry = readdir(directory) {
            let type = Int32(entry.pointee.d_type)
            guard type == DT_REG || type == DT_DIR else { continue }
            let name = String(
                cString: UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
            guard !name.unicodeScalars.contains("\u{FFFD}") else { continue }
            kinds[name] = type == DT_REG ? .file : .directory
        }
        return kinds
    }

    /// Reads a bundle file as UTF-8 text. Content problems become diagnostics;
    /// the result is `nil` only when nothing could be read at all.
    public func readText(_ path: String) -> (file: TextFile?, diagnostics: [Diagnostic]) {
        let (read, diagnostics) = readData(path)
        guard let (normalized, data) = read else { return (nil, diagnostics) }
        let decoded = TextDecoding.decode(data, path: normalized)
        return (TextFile(path: normalized, text: decoded.text, diagnostics: decoded.diagnostics), [])
    }

    /// A file's size in bytes (0 when it cannot be stat'ed or leaves the root).
    func size(of path: String) -> Int {
        guard let normalized = Self.normalize(path) else { return 0 }
        var info = stat()
        return stat(absolutePath(normalized), &info) == 0 ? Int(info.st_size) : 0
    }

    /// A bundle file's bytes and its normalised path, under the same guards as
    /// ``readText(_:)``: inside the root, a regular file, within the size cap.
    public func readData(_ path: String) -> (read: (path: String, data: Data)?, diagnostics: [Diagnostic]) {
        let location = SourceLocation(path: path)
        guard let normalized = Self.normalize(path) else {
            return (nil, [Diagnostic(.linkOutsideBundle, at: location, "path leaves the bundle root; not read")])
        }
        switch requestedEntryKind(normalized) {
        case .file: break
        case .linkOutside:
            return (
                nil,
                [Diagnostic(.linkOutsideBundle, at: location, "symbolic link leads outside the bundle; not followed")]
            )
        default:
            return (nil, [Diagnostic(.unreadableFile, at: location, "not a regular file")])
        }
        let absolute = absolutePath(normalized)
        let tooLarge = Diagnostic(
            .fileTooLarge, at: location, "file is larger than \(limits.maxFileBytes) bytes; not read")
        var info = stat()
        guard stat(absolute, &info) == 0 else {
            return (nil, [Diagnostic(.unreadableFile, at: location, "cannot stat the file (check its permissions)")])
        }
        if Int(info.st_size) > limits.maxFileBytes { return (nil, [tooLarge]) }
        guard let handle = FileHandle(forReadingAtPath: absolute) else {
            return (nil, [Diagnostic(.unreadableFile, at: location, "cannot open the file (check its permissions)")])
        }
        defer { try? handle.close() }
        // Ask for the size stat reported plus one byte: a file that grew past
        // the cap since is still caught, and no cap-sized buffer is allocated.
        let data: Data
        do {
            data = try handle.read(upToCount: min(Int(info.st_size), limits.maxFileBytes) + 1) ?? Data()
        } catch {
            return (nil, [Diagnostic(.unreadableFile, at: location, "read failed: \(error.localizedDescription)")])
        }
        if data.count > limits.maxFileBytes { return (nil, [tooLarge]) }
        return ((normalized, data), [])
    }

    // MARK: - Paths

    /// Resolves `.` and `..` in a bundle-relative path; `nil` when it would leave the root.
    public static func normalize(_ path: String) -> String? {
        if path.hasPrefix("/") { return nil }
        // Paths from a listing are normal already: asked for every file a rule names.
        if isNormal(path) { return path }
        var parts: [Substring] = []
        for part in components(of: path) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// Whether `path` is ASCII and has no empty, `.` or `..` component, so
    /// that ``normalize(_:)`` would give it back unchanged.
    static func isNormal(_ path: String) -> Bool {
        var length = 0
        var onlyDots = true
        for byte in path.utf8 {
            guard byte < 0x80 else { return false }
            if byte == UInt8(ascii: "/") {
                if length == 0 || (onlyDots && length <= 2) { return false }
                length = 0
                onlyDots = true
            } else {
                length += 1
                onlyDots = onlyDots && byte == UInt8(ascii: ".")
            }
        }
        return length > 0 && !(onlyDots && length <= 2)
    }

    /// The non-empty components between `/`s, as splitting on the character
    /// gives them. An ASCII path is split on its bytes; a non-ASCII one on
    /// characters, where a combining mark after a `/` joins it.
    static func components(of path: String) -> [Substring] {
        guard path.utf8.allSatisfy({ $0 < 0x80 }) else { return path.split(separator: "/") }
        return path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
    }

    func absolutePath(_ relative: String) -> String {
        relative.isEmpty ? rootPath : rootPath + "/" + relative
    }

    /// AraKit's own lock and the temporary files of atomic writes: never bundle content.
    static func isBookkeeping(_ name: String) -> Bool {
        name == BundleLock.fileName || AtomicFile.isTemporary(name)
    }

    /// Whether a bundle-relative path is a directory (not a link to one).
    public func isDirectory(_ relative: String) -> Bool {
        BundleFileSystem.normalize(relative).map { requestedEntryKind($0) == .directory } ?? false
    }

    /// ``entryKind(_:)`` for a path named from outside the walk (a URI, an
    /// argument, a cited place). `lstat` follows links in the leading
    /// components, so with `src/root -> /` the path `src/root/etc/passwd` is a
    /// regular file: its parent's real path must lie inside the root too.
    func requestedEntryKind(_ relative: String) -> EntryKind {
        let ascii = relative.utf8.allSatisfy { $0 < 0x80 }
        if let slash = ascii ? relative.utf8.lastIndex(of: UInt8(ascii: "/")) : relative.lastIndex(of: "/") {
            guard let parent = realFolder(String(relative[..<slash])) else { return .other }
            guard contains(parent) else { return .linkOutside }
        }
        return entryKind(relative)
    }

    /// The real path of a folder of the bundle, as `realpath` gives it. When
    /// each of its components is a directory and not a link (`lstat`), that is
    /// the root's real path and the components: one `lstat` a component
    /// instead of `realpath` reading every component from `/` as a link, for
    /// every file read. Otherwise `realpath` resolves it.
    func realFolder(_ relative: String) -> String? {
        // Split on the `/` byte: these are the components the system walks.
        let components = relative.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        var path = realRoot
        var plain = realRoot != "/" && !relative.isEmpty
        for component in components where plain {
            let name = String(Substring(component))
            guard !name.isEmpty, name != ".", name != ".." else {
                plain = false
                break
            }
            path += "/" + name
            var info = stat()
            plain = lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
        }
        return plain ? path : Self.realPath(absolutePath(relative))
    }

    enum EntryKind { case file, directory, linkOutside, linkToDirectory, other }

    func entryKind(_ relative: String) -> EntryKind {
        let absolute = absolutePath(relative)
        var info = stat()
        guard lstat(absolute, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK:
            // A dangling link leads nowhere, not outside: it is just not a file.
            guard let target = Self.realPath(absolute) else { return .other }
            guard contains(target) else { return .linkOutside }
            var targetInfo = stat()
            guard stat(target, &targetInfo) == 0 else { return .other }
            switch targetInfo.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .linkToDirectory
            default: return .other
            }
        default: return .other
        }
    }

    /// Whether `path` itself is a symbolic link (not followed).
    public static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// The first existing component of `relative` under `root` that is a
    /// symbolic link, as an absolute path, or `nil`.
    public static func firstLink(in relative: String, under root: URL) -> String? {
        var path = root.path
        for component in relative.split(separator: "/") {
            path += "/" + component
            if isSymbolicLink(path) { return path }
        }
        return nil
    }

    /// Whether `path` (which need not exist yet) lies in `root` or below it,
    /// with every link resolved: the deepest existing ancestor decides.
    public static func isInside(_ path: URL, root: URL) -> Bool {
        guard let realRoot = realPath(root.path) else { return false }
        var existing = path.standardizedFileURL
        while existing.path != "/", realPath(existing.path) == nil { existing.deleteLastPathComponent() }
        guard let real = realPath(existing.path) else { return false }
        return real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
    }

    func contains(_ realTarget: String) -> Bool {
        realTarget == realRoot || realTarget.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
