import AraGit

/// The commits of unmerged work (those no main-line commit reaches), with
/// their parents, to find what each branch tip holds without walking the
/// history again: a commit a tip reaches and main does not is reached
/// through such commits only, so a search inside them is exact.
struct WorkGraph {
    private var parents: [String: [String]] = [:]

    init(_ commits: [GitCommit]) {
        for commit in commits { parents[commit.id] = commit.parents }
    }

    /// The work commits `starts` reach, themselves included.
    func reachable(from starts: [String]) -> Set<String> {
        var seen: Set<String> = []
        var stack = starts.filter { parents[$0] != nil }
        while let id = stack.popLast() {
            guard seen.insert(id).inserted else { continue }
            stack += (parents[id] ?? []).filter { parents[$0] != nil && !seen.contains($0) }
        }
        return seen
    }

    /// The commits `tips` reach and `hidden` does not, in the order of
    /// `walked`, when the walk read every commit either reaches (a first
    /// capture); nil otherwise. A second libgit2 walk would read the whole
    /// main line again to find where it stops: a tenth of a first capture.
    /// Its users need only membership and the order of a line of commits
    /// (which has one), and both are the same as that walk's.
    static func unmerged(from tips: [String], hiding hidden: String, walked: [GitCommit], byID: [String: GitCommit])
        -> [GitCommit]?
    {
        func reach(_ starts: [String], outside stop: Set<String>) -> Set<String>? {
            var seen: Set<String> = []
            var stack = starts
            while let id = stack.popLast() {
                guard !stop.contains(id), seen.insert(id).inserted else { continue }
                guard let commit = byID[id] else { return nil }
                stack += commit.parents
            }
            return seen
        }
        guard let hiddenIDs = reach([hidden], outside: []), let reached = reach(tips, outside: hiddenIDs) else {
            return nil
        }
        return walked.filter { reached.contains($0.id) }
    }

    /// Whether `ids` form one line: each has at most one parent and at most
    /// one child among them, so they have a single order.
    func isLine(_ ids: Set<String>) -> Bool {
        var children: Set<String> = []
        for id in ids {
            let inside = (parents[id] ?? []).filter(ids.contains)
            guard inside.count <= 1 else { return false }
            if let parent = inside.first, !children.insert(parent).inserted { return false }
        }
        return true
    }
}
