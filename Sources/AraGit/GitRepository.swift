import CLibGit2

/// An open git repository (with a working tree or bare), read through libgit2.
///
/// The handle is a class because it owns libgit2 resources, released in
/// `deinit`; everything it returns is a value type that outlives it. A
/// repository is meant for one thread at a time, as libgit2 requires.
public final class GitRepository {
    let handle: OpaquePointer
    /// The path the repository was opened from, as given.
    public let path: String
    /// The working tree with a trailing `/`, or nil for a bare repository.
    public let workingDirectory: String?
    /// The `.git` directory (or the bare repository itself), with a trailing `/`.
    public let gitDirectory: String

    /// Opens the repository at `path` or the nearest one above it.
    public init(at path: String) throws(GitError) {
        // libgit2 counts init/shutdown pairs, so each handle keeps its own.
        git_libgit2_init()
        // Objects are read as git reads them, without hashing each again: the
        // history is only read, and zlib still checks what it inflates.
        _ = arakit_git_verify_object_hashes(0)
        var repository: OpaquePointer?
        let code = git_repository_open_ext(&repository, path, 0, nil)
        guard code == 0, let repository else {
            let error = GitError.last(code, path: path, operation: "open the repository")
            git_libgit2_shutdown()
            throw error
        }
        handle = repository
        self.path = path
        workingDirectory = git_repository_workdir(repository).map { String(cString: $0) }
        gitDirectory = String(cString: git_repository_path(repository))
    }

    deinit {
        git_repository_free(handle)
        git_libgit2_shutdown()
    }

    public var isBare: Bool { git_repository_is_bare(handle) != 0 }

    /// Where git looks for hooks: `core.hooksPath` (relative to the working
    /// tree, as git reads it) or the `hooks` folder of the git directory.
    public var hooksDirectory: String {
        var config: OpaquePointer?
        if git_repository_config_snapshot(&config, handle) == 0 {
            defer { git_config_free(config) }
            var buffer = git_buf()
            if git_config_get_path(&buffer, config, "core.hooksPath") == 0 {
                defer { git_buf_dispose(&buffer) }
                let path = String(cString: buffer.ptr)
                if path.hasPrefix("/") { return path }
                return (workingDirectory ?? gitDirectory) + path
            }
        }
        return gitDirectory + "hooks"
    }

    // MARK: - Commits

    /// Every commit reachable from the branches, remote branches, tags and
    /// `HEAD`, parents before children (topological order, reversed).
    /// Commits reachable from any of `hiding` are left out: pass the tips an
    /// earlier walk ended at to get only what is new. Hidden ids that no
    /// longer exist (a rewritten branch) are ignored.
    /// With `from`, the walk starts at those commits instead of every ref.
    /// A commit in `known` (by id) is taken from there rather than read again.
    public func commits(from starts: [String]? = nil, hiding: [String] = [], known: [String: GitCommit] = [:])
        throws(GitError) -> [GitCommit]
    {
        var walk: OpaquePointer?
        try check(git_revwalk_new(&walk, handle), "walk the history")
        defer { git_revwalk_free(walk) }
        git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue | GIT_SORT_REVERSE.rawValue)
        if let starts {
            for id in starts {
                guard var oid = GitRepository.oid(id) else { continue }
                try check(git_revwalk_push(walk, &oid), "walk the history from \(id.prefix(12))")
            }
        } else {
            for glob in ["refs/heads", "refs/remotes", "refs/tags"] {
                try check(git_revwalk_push_glob(walk, glob), "walk the history from \(glob)")
            }
            // A detached HEAD may hold commits no ref names; an unborn HEAD has none.
            _ = git_revwalk_push_head(walk)
        }
        for id in hiding {
            guard var oid = GitRepository.oid(id), exists(&oid) else { continue }
            try check(git_revwalk_hide(walk, &oid), "hide \(id) from the walk")
        }
        var result: [GitCommit] = []
        var oid = git_oid()
        while true {
            let code = git_revwalk_next(&oid, walk)
            if code == GIT_ITEROVER.rawValue { break }
            try check(code, "walk the history")
            if !known.isEmpty, let commit = known[GitRepository.hex(oid)] {
                result.append(commit)
            } else {
                result.append(try commit(&oid))
            }
        }
        return result
    }

    /// The commit with this full id.
    public func commit(_ id: String) throws(GitError) -> GitCommit {
        guard var oid = GitRepository.oid(id) else {
            throw GitError(path: path, operation: "read commit \(id)", message: "not a full hexadecimal object id")
        }
        return try commit(&oid)
    }

    private func commit(_ oid: inout git_oid) throws(GitError) -> GitCommit {
        var pointer: OpaquePointer?
        try check(git_commit_lookup(&pointer, handle, &oid), "read commit \(GitRepository.hex(oid))")
        defer { git_commit_free(pointer) }
        let parents = (0..<git_commit_parentcount(pointer)).map { index in
            GitRepository.hex(git_commit_parent_id(pointer, index).pointee)
        }
        return GitCommit(
            id: GitRepository.hex(oid),
            parents: parents,
            author: GitRepository.signature(git_commit_author(pointer)),
            committer: GitRepository.signature(git_commit_committer(pointer)),
            message: git_commit_message(pointer).map { String(cString: $0) } ?? ""
        )
    }

    /// The commit a revision names (`HEAD~2`, `v1.0`, an abbreviated id), or an
    /// error saying the revision is unknown.
    public func resolve(_ revision: String) throws(GitError) -> String {
        var object: OpaquePointer?
        try check(git_revparse_single(&object, handle, revision), "find revision '\(revision)'")
        defer { git_object_free(object) }
        var peeled: OpaquePointer?
        try check(git_object_peel(&peeled, object, GIT_OBJECT_COMMIT), "find the commit of '\(revision)'")
        defer { git_object_free(peeled) }
        return GitRepository.hex(git_object_id(peeled).pointee)
    }

    // MARK: - Graph

    /// The best common ancestor of two commits, or nil when they share none.
    public func mergeBase(_ first: String, _ second: String) throws(GitError) -> String? {
        guard var one = GitRepository.oid(first), var two = GitRepository.oid(second) else { return nil }
        var base = git_oid()
        let code = git_merge_base(&base, handle, &one, &two)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "find the merge base of \(first.prefix(12)) and \(second.prefix(12))")
        return GitRepository.hex(base)
    }

    /// Whether `ancestor` is reachable from `commit` (a commit is its own ancestor).
    public func isAncestor(_ ancestor: String, of commit: String) throws(GitError) -> Bool {
        if ancestor == commit { return true }
        guard var one = GitRepository.oid(commit), var two = GitRepository.oid(ancestor) else { return false }
        let code = git_graph_descendant_of(handle, &one, &two)
        if code < 0 {
            throw GitError.last(code, path: path, operation: "compare \(commit.prefix(12)) with \(ancestor.prefix(12))")
        }
        return code == 1
    }

    /// Paths added, changed, renamed or deleted by a commit against its first
    /// parent (against nothing for a root commit), in libgit2's order.
    public func changedPaths(_ commit: String) throws(GitError) -> [String] {
        let record = try self.commit(commit)
        let newTree = try tree(of: record.id)
        defer { git_tree_free(newTree) }
        var oldTree: OpaquePointer?
        if let parent = record.parents.first { oldTree = try tree(of: parent) }
        defer { if let oldTree { git_tree_free(oldTree) } }
        var diff: OpaquePointer?
        try check(git_diff_tree_to_tree(&diff, handle, oldTree, newTree, nil), "diff commit \(commit.prefix(12))")
        defer { git_diff_free(diff) }
        var paths: [String] = []
        for index in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, index)?.pointee else { continue }
            let file = delta.status == GIT_DELTA_DELETED ? delta.old_file : delta.new_file
            if let name = file.path { paths.append(String(cString: name)) }
        }
        return paths
    }

    func tree(of commit: String) throws(GitError) -> OpaquePointer? {
        guard var oid = GitRepository.oid(commit) else { return nil }
        var pointer: OpaquePointer?
        try check(git_commit_lookup(&pointer, handle, &oid), "read commit \(commit.prefix(12))")
        defer { git_commit_free(pointer) }
        var tree: OpaquePointer?
        try check(git_commit_tree(&tree, pointer), "read the tree of \(commit.prefix(12))")
        return tree
    }

    // MARK: - References

    /// Local branches sorted by name.
    public func branches() throws(GitError) -> [GitBranch] {
        var iterator: OpaquePointer?
        try check(git_branch_iterator_new(&iterator, handle, GIT_BRANCH_LOCAL), "list branches")
        defer { git_branch_iterator_free(iterator) }
        var branches: [GitBranch] = []
        var reference: OpaquePointer?
        var type = GIT_BRANCH_LOCAL
        while true {
            let code = git_branch_next(&reference, &type, iterator)
            if code == GIT_ITEROVER.rawValue { break }
            try check(code, "list branches")
            defer { git_reference_free(reference) }
            var name: UnsafePointer<CChar>?
            guard git_branch_name(&name, reference) == 0, let name, let target = git_reference_target(reference)
            else { continue }
            branches.append(
                GitBranch(
                    name: String(cString: name),
                    tip: GitRepository.hex(target.pointee),
                    isHead: git_branch_is_head(reference) == 1
                ))
        }
        return branches.sorted { $0.name < $1.name }
    }

    /// The branch `HEAD` names (also when it has no commit yet), or nil when detached.
    public func headBranch() -> String? {
        var reference: OpaquePointer?
        guard git_reference_lookup(&reference, handle, "HEAD") == 0 else { return nil }
        defer { git_reference_free(reference) }
        guard let target = git_reference_symbolic_target(reference) else { return nil }
        let name = String(cString: target)
        return name.hasPrefix("refs/heads/") ? String(name.dropFirst("refs/heads/".count)) : nil
    }

    /// Tags that name commits (annotated tags peeled), sorted by name.
    public func tags() throws(GitError) -> [GitTag] {
        try references("refs/tags/*").map {
            GitTag(name: String($0.name.dropFirst("refs/tags/".count)), target: $0.target)
        }
    }

    /// References whose full name matches `glob` (`refs/heads/*`), each with the
    /// commit it leads to, sorted by name. References to trees or blobs are
    /// left out: they are not points in history.
    public func references(_ glob: String) throws(GitError) -> [GitReference] {
        var iterator: OpaquePointer?
        try check(git_reference_iterator_glob_new(&iterator, handle, glob), "list references \(glob)")
        defer { git_reference_iterator_free(iterator) }
        var references: [GitReference] = []
        var reference: OpaquePointer?
        while true {
            let code = git_reference_next(&reference, iterator)
            if code == GIT_ITEROVER.rawValue { break }
            try check(code, "list references \(glob)")
            defer { git_reference_free(reference) }
            var object: OpaquePointer?
            guard git_reference_peel(&object, reference, GIT_OBJECT_COMMIT) == 0 else { continue }
            defer { git_object_free(object) }
            references.append(
                GitReference(
                    name: String(cString: git_reference_name(reference)),
                    target: GitRepository.hex(git_object_id(object).pointee)))
        }
        return references.sorted { $0.name < $1.name }
    }

    // MARK: - Messages

    /// The trailers of a message's last paragraph, parsed by libgit2, in order.
    public static func trailers(in message: String) -> [GitTrailer] {
        // libgit2 must be initialised for any call, with or without an open
        // repository; init and shutdown are reference counted.
        git_libgit2_init()
        defer { git_libgit2_shutdown() }
        var array = git_message_trailer_array()
        guard git_message_trailers(&array, message) == 0 else { return [] }
        defer { git_message_trailer_array_free(&array) }
        return (0..<array.count).map { index in
            let trailer = array.trailers[index]
            return GitTrailer(key: String(cString: trailer.key), value: String(cString: trailer.value))
        }
    }

    // MARK: - Helpers

    func check(_ code: Int32, _ operation: String) throws(GitError) {
        if code < 0 { throw GitError.last(code, path: path, operation: operation) }
    }

    private func exists(_ oid: inout git_oid) -> Bool {
        var object: OpaquePointer?
        guard git_object_lookup(&object, handle, &oid, GIT_OBJECT_COMMIT) == 0 else { return false }
        git_object_free(object)
        return true
    }

    static func oid(_ hex: String) -> git_oid? {
        guard hex.utf8.count == 40, hex.utf8.allSatisfy(\.isHexDigit) else { return nil }
        var oid = git_oid()
        return git_oid_fromstrn(&oid, hex, 40) == 0 ? oid : nil
    }

    /// Forty lowercase hexadecimal digits, written straight into the
    /// string's storage: a capture makes one for every parent of every
    /// commit, and building an array first cost 2,200 instructions each.
    static func hex(_ oid: git_oid) -> String {
        withUnsafeBytes(of: oid.id) { raw in
            String(unsafeUninitializedCapacity: 40) { text in
                for index in 0..<20 {
                    let byte = raw[index]
                    text[2 * index] = hexDigit(byte >> 4)
                    text[2 * index + 1] = hexDigit(byte & 0xF)
                }
                return 40
            }
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    static func signature(_ pointer: UnsafePointer<git_signature>?) -> GitSignature {
        guard let signature = pointer?.pointee else {
            return GitSignature(name: "", email: "", time: 0, offsetMinutes: 0)
        }
        return GitSignature(
            name: signature.name.map { String(cString: $0) } ?? "",
            email: signature.email.map { String(cString: $0) } ?? "",
            time: signature.when.time,
            offsetMinutes: Int(signature.when.offset)
        )
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x61...0x66).contains(self) || (0x41...0x46).contains(self)
    }
}
