import AraCore

/// Why packing, verifying, unpacking or key handling stopped. Every case says
/// where (a path, and the archive entry when there is one) and how to mend it.
public enum PackError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bundle could not be opened at all.
    case bundle(AraError)
    /// A bundle path that is not a regular file (a link, a device, a socket).
    case notRegularFile(path: String, reason: String)
    /// A bundle file larger than ``PackLimits/maxEntryBytes``.
    case tooLarge(path: String, limit: Int64)
    /// The bundle already holds a file the archive reserves for itself.
    case reservedName(path: String)
    /// PAPER.md lacks what the RO-Crate metadata must state.
    case missingMetadata(path: String, message: String)
    /// The review found errors and `--allow-findings` was not given.
    case reviewErrors(count: Int, first: [String])
    /// The review itself could not run.
    case reviewFailed(String)
    /// The archive would be written inside the bundle it holds.
    case outputInsideBundle(path: String)
    /// A file grew, shrank or changed between hashing and archiving.
    case changedWhilePacking(path: String)
    /// An operating-system call failed.
    case io(path: String, message: String)
    /// The archive cannot be read as a ZIP file.
    case unreadableArchive(path: String, message: String)
    /// An entry that is never extracted: traversal, absolute, link, duplicate.
    case unsafeEntry(archive: String, entry: String, reason: String)
    /// An entry or the whole archive inflates past a cap.
    case bomb(archive: String, entry: String, reason: String)
    /// MANIFEST.json is missing or unreadable.
    case badManifest(archive: String, message: String)
    /// The files differ from what the manifest sealed.
    case tampered(archive: String, problems: [String])
    /// A signature is missing, malformed, or made by another key.
    case signature(archive: String, message: String)
    /// A key file is missing, malformed or unsafe.
    case key(path: String, message: String)
    /// A file or directory that would be replaced already exists.
    case exists(path: String, mend: String)

    public var description: String {
        switch self {
        case .bundle(let error): error.description
        case .notRegularFile(let path, let reason):
            "\(path): \(reason); an archive holds regular files only (replace it with a copy of its target, or remove it)"
        case .tooLarge(let path, let limit):
            "\(path): larger than \(limit) bytes, more than an archive entry may hold (move it out of the bundle)"
        case .reservedName(let path):
            "\(path): the archive writes this file itself (rename the bundle's copy)"
        case .missingMetadata(let path, let message): "\(path): \(message)"
        case .reviewErrors(let count, let first):
            "the review found \(count) error(s), e.g. \(first.joined(separator: "; ")); "
                + "mend them (`arakit review`) or pass --allow-findings to seal them as they are"
        case .reviewFailed(let message): "cannot review the bundle: \(message)"
        case .outputInsideBundle(let path):
            "\(path): the archive would be written inside the bundle it holds (pass -o with a path outside it)"
        case .changedWhilePacking(let path):
            "\(path): the file changed while it was being packed (pack again once nothing writes to the bundle)"
        case .io(let path, let message): "\(path): \(message)"
        case .unreadableArchive(let path, let message): "\(path): not a readable ZIP archive (\(message))"
        case .unsafeEntry(let archive, let entry, let reason):
            "\(archive): entry '\(entry)' \(reason); nothing was extracted (the archive is not one AraKit sealed)"
        case .bomb(let archive, let entry, let reason):
            "\(archive): entry '\(entry)' \(reason); extraction stopped (a decompression bomb or a damaged archive)"
        case .badManifest(let archive, let message): "\(archive): \(message)"
        case .tampered(let archive, let problems):
            "\(archive): not what was sealed: " + problems.joined(separator: "; ")
        case .signature(let archive, let message): "\(archive): \(message)"
        case .key(let path, let message): "\(path): \(message)"
        case .exists(let path, let mend): "\(path) already exists (\(mend))"
        }
    }
}
