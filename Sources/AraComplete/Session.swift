import AraCore
import AraReview
import Foundation

/// One guarded write from lock to commit: the bundle read once, its review
/// before the edit, and the write after the edit's review.
struct Session {
    let lock: BundleLock
    let root: URL
    let read: ReadResult
    let before: BundleReview
    let reviewer: Reviewer

    static func open(_ root: URL, command: String, reviewer: Reviewer) throws(CompletionError) -> Session {
        do {
            // A missing bundle is said as such, not as a lock that cannot be made.
            _ = try BundleFileSystem(root: root, limits: reviewer.limits)
            // Locked before the first read, so no other writer slips in between.
            let lock = try BundleLock.acquire(root, command: command)
            do {
                let read = try BundleReader(limits: reviewer.limits).read(at: root)
                let before = try reviewer.review(at: root)
                return Session(lock: lock, root: root, read: read, before: before, reviewer: reviewer)
            } catch {
                lock.release()
                throw error
            }
        } catch let error as AraError {
            throw .from(error)
        } catch let error as ReviewError {
            throw .from(error)
        } catch {
            throw .bundle("\(root.path): \(error)")
        }
    }

    /// The bytes of one file as lines, every line end and odd byte kept.
    func lines(_ path: String) throws(CompletionError) -> RawLines {
        let fileSystem: BundleFileSystem
        do {
            fileSystem = try BundleFileSystem(root: root, limits: reviewer.limits)
        } catch {
            throw .from(error)
        }
        guard let (_, data) = fileSystem.readData(path).read else { throw .bundle("\(path) cannot be read") }
        return RawLines(data)
    }

    func unchanged(_ target: CompletionTarget) -> CompletionResult {
        let remaining = before.findings.filter(target.concerns)
        return CompletionResult(status: .unchanged, target: target.name, path: target.path, remaining: remaining)
    }

    /// A file's bytes before and after the edit.
    struct FileEdit {
        var original: RawLines
        var edited: RawLines
    }

    /// Reviews the edited files in memory; writes them only when the target
    /// reads back as meant and review finds nothing new but what the target
    /// ``CompletionTarget/expects(_:)``.
    func commit(
        _ edits: [String: FileEdit], target: CompletionTarget, readsBack: (AraBundle) -> Bool
    ) throws(CompletionError) -> CompletionResult {
        let changed = edits.filter { $0.value.edited != $0.value.original }
        guard !changed.isEmpty else { return unchanged(target) }
        let overrides = changed.mapValues(\.edited.text)
        let reread: ReadResult
        do {
            reread = try BundleReader(limits: reviewer.limits).read(at: root, overrides: overrides)
        } catch {
            throw .from(error)
        }
        guard readsBack(reread.bundle) else {
            throw .invalidInput(
                "\(target.path): the value would not read back as written (a line such as `- **Name**: …` "
                    + "inside it starts a field of its own); write it as plain text or a list")
        }
        let gained = try ReviewGuard(reviewer: reviewer, root: root).gained(
            before: before, overrides: overrides, target: target, expected: target.expects)
        guard gained.refused.isEmpty else {
            return CompletionResult(status: .refused, target: target.name, path: target.path, reasons: gained.refused)
        }
        do {
            try BundleWriter().write(data: changed.mapValues(\.edited.data), to: root)
        } catch let error as AraError {
            throw .from(error)
        } catch {
            throw .bundle("cannot write \(target.path): \(error)")
        }
        let noted = Set(gained.noted.map(\.message))
        // The review of the edited text is the next review's: the bytes written are those texts.
        let remaining = gained.after.filter { target.concerns($0) && !noted.contains($0.message) }
        return CompletionResult(
            status: .written, target: target.name, path: target.path, remaining: remaining, notes: gained.noted)
    }
}
