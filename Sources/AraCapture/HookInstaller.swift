import AraGit
import Foundation

/// `arakit hooks install|uninstall` (SPEC.md §10.9): git hooks that run
/// `arakit capture --quiet` after commits, merges and rewrites. A hook that
/// was there is kept byte for byte under `<name>.pre-arakit`, run first, and
/// put back by uninstall.
public enum HookInstaller {
    public static let hooks = ["post-commit", "post-merge", "post-rewrite"]
    static let marker = "# arakit-hook: installed by `arakit hooks install`"
    static let savedSuffix = ".pre-arakit"

    /// What happened to one hook.
    public struct Change: Sendable, Equatable {
        public var hook: String
        public var path: String
        /// `installed`, `updated`, `chained` (an existing hook kept and run
        /// first), `removed`, `restored` (the earlier hook put back) or
        /// `not ours` (left alone).
        public var action: String
    }

    /// Installs the hooks; `executable` is the arakit binary the hooks call.
    public static func install(repository: GitRepository, bundle: URL, executable: String) throws(CaptureError)
        -> [Change]
    {
        let directory = repository.hooksDirectory
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .write("cannot create the hooks folder \(directory): \(error.localizedDescription)")
        }
        let root = repository.workingDirectory ?? repository.gitDirectory
        var changes: [Change] = []
        for hook in hooks {
            let path = directory + "/" + hook
            let saved = path + savedSuffix
            var action = "installed"
            if let existing = FileManager.default.contents(atPath: path) ?? symlinkTarget(path).map({ Data($0.utf8) }) {
                if String(decoding: existing, as: UTF8.self).contains(marker) {
                    action = "updated"
                } else {
                    guard !exists(saved) else {
                        throw .invalid(
                            "\(path) is not arakit's, and \(saved) exists too; move one of them away, then retry")
                    }
                    do {
                        try FileManager.default.moveItem(atPath: path, toPath: saved)
                    } catch {
                        throw .write("cannot keep the existing hook \(path): \(error.localizedDescription)")
                    }
                    action = "chained"
                }
            }
            let script = self.script(hook: hook, executable: executable, repository: root, bundle: bundle.path)
            do {
                let temporary = path + ".arakit-tmp"
                try Data(script.utf8).write(to: URL(fileURLWithPath: temporary))
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: temporary)
                if rename(temporary, path) != 0 { throw CaptureError.write("cannot write \(path)") }
            } catch {
                throw .write("cannot write the hook \(path): \(error.localizedDescription)")
            }
            changes.append(Change(hook: hook, path: path, action: action))
        }
        return changes
    }

    /// Removes arakit's hooks and puts back the hooks they chained.
    public static func uninstall(repository: GitRepository) throws(CaptureError) -> [Change] {
        let directory = repository.hooksDirectory
        var changes: [Change] = []
        for hook in hooks {
            let path = directory + "/" + hook
            guard exists(path) else { continue }
            guard let data = FileManager.default.contents(atPath: path),
                String(decoding: data, as: UTF8.self).contains(marker)
            else {
                changes.append(Change(hook: hook, path: path, action: "not ours"))
                continue
            }
            let saved = path + savedSuffix
            do {
                if exists(saved) {
                    if Foundation.rename(saved, path) != 0 { throw CaptureError.write("cannot restore \(saved)") }
                    changes.append(Change(hook: hook, path: path, action: "restored"))
                } else {
                    try FileManager.default.removeItem(atPath: path)
                    changes.append(Change(hook: hook, path: path, action: "removed"))
                }
            } catch {
                throw .write("cannot remove the hook \(path): \(error.localizedDescription)")
            }
        }
        return changes
    }

    /// The hook script. It runs the chained hook first with the same arguments
    /// and input, then capture; its exit status is the chained hook's, so
    /// capture can never make git report a failure.
    static func script(hook: String, executable: String, repository: String, bundle: String) -> String {
        """
        #!/bin/sh
        \(marker)
        # Runs the hook that was here before (kept as \(hook)\(savedSuffix)), then captures
        # git history into the bundle. Remove with `arakit hooks uninstall`.
        status=0
        previous="$(dirname "$0")/\(hook)\(savedSuffix)"
        if [ -x "$previous" ]; then
            "$previous" "$@"
            status=$?
        fi
        arakit=\(quote(executable))
        [ -x "$arakit" ] || arakit=arakit
        "$arakit" capture --quiet --repo \(quote(repository)) --bundle \(quote(bundle)) </dev/null ||
            echo "arakit: capture failed (your \(hook == "post-merge" ? "merge" : "commit") is safe); run 'arakit capture' to see why" >&2
        exit $status

        """
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    private static func symlinkTarget(_ path: String) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: path)
    }
}
