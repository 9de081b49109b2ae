import CLibGit2

/// File contents compared by blob id, so capture can tell that the main line
/// already holds a branch's changes (a squash or rebase merge) without
/// reading or diffing any file's text.
extension GitRepository {
    /// The paths whose entries differ between the trees of `old` and `new`,
    /// each with its blob id in `new`, in libgit2's order.
    public func changes(from old: String, to new: String) throws(GitError) -> [GitChange] {
        let oldTree = try tree(of: old)
        defer { git_tree_free(oldTree) }
        let newTree = try tree(of: new)
        defer { git_tree_free(newTree) }
        var diff: OpaquePointer?
        try check(
            git_diff_tree_to_tree(&diff, handle, oldTree, newTree, nil),
            "diff \(old.prefix(12)) with \(new.prefix(12))")
        defer { git_diff_free(diff) }
        var changes: [GitChange] = []
        for index in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, index)?.pointee else { continue }
            if delta.status == GIT_DELTA_DELETED {
                if let name = delta.old_file.path { changes.append(GitChange(path: String(cString: name), blob: nil)) }
            } else if let name = delta.new_file.path {
                changes.append(GitChange(path: String(cString: name), blob: GitRepository.hex(delta.new_file.id)))
            }
        }
        return changes
    }

    /// The blob id of each path in the tree of `commit`; nil where the path is
    /// absent or names a folder.
    public func blobs(at commit: String, paths: [String]) throws(GitError) -> [String?] {
        let root = try tree(of: commit)
        defer { git_tree_free(root) }
        return paths.map { path in
            var entry: OpaquePointer?
            guard git_tree_entry_bypath(&entry, root, path) == 0 else { return nil }
            defer { git_tree_entry_free(entry) }
            guard git_tree_entry_type(entry) == GIT_OBJECT_BLOB, let id = git_tree_entry_id(entry) else { return nil }
            return GitRepository.hex(id.pointee)
        }
    }
}
