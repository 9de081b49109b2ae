import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `arakit keygen`: writes `NAME` (private, mode 600) and `NAME.pub`.
public enum KeyGenerator {
    /// Writes a new key pair. Without `force` an existing file is never
    /// replaced, even one created while this runs: the key lands by `link`,
    /// which fails rather than overwrite.
    public static func generate(at url: URL, force: Bool) throws(PackError) -> VerifyingKey {
        let publicURL = URL(fileURLWithPath: url.path + ".pub")
        if !force {
            for target in [url, publicURL] where FileManager.default.fileExists(atPath: target.path) {
                throw .exists(path: target.path, mend: "choose another name, or pass --force to replace the pair")
            }
        }
        let key = SigningKey.generate()
        try place(Data(key.fileText.utf8), at: url, mode: 0o600, force: force)
        let comment = url.lastPathComponent
        try place(Data(key.publicKey.fileText(comment: comment).utf8), at: publicURL, mode: 0o644, force: force)
        return key.publicKey
    }

    /// Writes a temporary file created with `mode` (never wider, not even for
    /// a moment), then moves it into place.
    static func place(_ data: Data, at url: URL, mode: mode_t, force: Bool) throws(PackError) {
        // Named with this process's id, so a keygen killed here leaves a file the next one removes.
        let temporary = OwnedTemporaryFile.url(beside: url)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else { throw failure(url, "cannot create") }
        defer { unlink(temporary.path) }
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        // chmod: the umask may have narrowed the mode open applied; a public key must stay readable.
        guard written == data.count, synced, chmod(temporary.path, mode) == 0 else {
            throw failure(url, "cannot write")
        }
        if force {
            guard rename(temporary.path, url.path) == 0 else { throw failure(url, "cannot replace") }
        } else {
            guard link(temporary.path, url.path) == 0 else {
                if errno == EEXIST {
                    throw .exists(path: url.path, mend: "choose another name, or pass --force to replace the pair")
                }
                throw failure(url, "cannot create")
            }
        }
    }

    static func failure(_ url: URL, _ what: String) -> PackError {
        .io(path: url.path, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
