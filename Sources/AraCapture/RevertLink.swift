import AraGit

/// What a revert undoes, worked out once per commit (SPEC.md §10.2).
struct RevertLink {
    /// The reverted commit: the id the message names, when it exists, else
    /// the one ancestor whose subject is the quoted one. Never a guess: when
    /// several ancestors or none have that subject there is no target.
    var target: String?
    /// Reverts deep: odd undoes the original change (a dead end), even brings
    /// it back (a reapply). Counted through the targets, else from the subject.
    var depth: Int
    /// The original change's subject.
    var original: String
    /// The original change's commit, when the chain of targets reaches it.
    var originalCommit: String?
    /// The subject quoted when no target was found, and how many ancestors
    /// have it (0, or 2 and more).
    var unmatched: (subject: String, count: Int)?

    var reapplies: Bool { depth % 2 == 0 }
}

extension HistoryCapture {
    /// The revert link of `commit`, or nil when it is no revert.
    mutating func revertLink(of commit: GitCommit) throws(CaptureError) -> RevertLink? {
        try revertLink(of: commit, level: 0)
    }

    private mutating func revertLink(of commit: GitCommit, level: Int) throws(CaptureError) -> RevertLink? {
        if let known = revertLinks[commit.id] { return known }
        guard let message = RevertMessage(commit) else {
            revertLinks[commit.id] = .some(nil)
            return nil
        }
        var target = message.ids.first.flatMap(resolvedCommit)
        var unmatched: (String, Int)?
        if target == nil, let quoted = message.revertedSubject {
            let matches = try ancestors(of: commit.id, withSubject: quoted)
            if matches.count == 1 { target = matches[0] } else { unmatched = (quoted, matches.count) }
        }
        var link = RevertLink(
            target: target, depth: max(1, message.subjectDepth),
            original: message.original ?? message.ids.first ?? commit.subject, originalCommit: nil,
            unmatched: unmatched)
        // A target's own revert link says how deep the chain goes. Targets are
        // ancestors or named by hash, so the chain cannot loop; the level cap
        // only bounds the recursion on absurd histories.
        if let target, level < 256 {
            let reverted = try lookup(target)
            if let inner = try revertLink(of: reverted, level: level + 1) {
                link.depth = inner.depth + 1
                link.original = inner.original
                link.originalCommit = inner.originalCommit
            } else {
                link.depth = 1
                link.original = reverted.subject
                link.originalCommit = target
            }
        }
        revertLinks[commit.id] = .some(link)
        return link
    }

    /// The full id of a commit a revert names, or nil when none exists. A full
    /// id needs no search; an abbreviated one is resolved.
    private func resolvedCommit(_ named: String) -> String? {
        if named.utf8.count == 40 { return (try? lookup(named))?.id }
        return try? repository.resolve(named)
    }

    /// The ancestors of `commit` (not itself) whose subject is `subject`. The
    /// index covers every commit the refs reach, read once and only when a
    /// revert names no id, so an incremental capture finds targets that an
    /// earlier capture read.
    private mutating func ancestors(of commit: String, withSubject subject: String) throws(CaptureError) -> [String] {
        if subjectIndex == nil {
            var index: [String: [String]] = [:]
            for known in try git({ try repository.commits() }) { index[known.subject, default: []].append(known.id) }
            subjectIndex = index
        }
        var found: [String] = []
        for candidate in subjectIndex?[subject] ?? [] where candidate != commit {
            if try git({ try repository.isAncestor(candidate, of: commit) }) { found.append(candidate) }
        }
        return found
    }
}
