import AraGit

/// Unmerged work on local branches (SPEC.md §10.2.2): one piece per tip,
/// however many branches name it, holding only the commits that are its own.
struct BranchWork {
    /// The branch names at the tip; the first stands for them.
    var names: [String]
    var tip: String
    /// Where the work's first-parent line reaches the main line.
    var mainFork: String?
    /// Where its own commits start: the main line, or the tip of another
    /// unmerged branch it is stacked on.
    var base: String?
    /// The branch it is stacked on, when `base` is another branch's tip.
    var stackedOn: String?
    /// Its own commits, parents first.
    var commits: [GitCommit]

    var name: String { names[0] }

    /// `gh/<user>/<n>/<kind>`: ghstack's branches for one pull request of a
    /// stack. `orig` holds the commit as written; `head` and `base` are the
    /// tool's rewritten copies and synthetic bases.
    static func ghstack(_ name: String) -> (pullRequest: String, kind: String)? {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "gh", !parts[1].isEmpty, !parts[2].isEmpty,
            parts[2].allSatisfy({ $0.isASCII && $0.isNumber }), ["base", "head", "orig"].contains(parts[3])
        else { return nil }
        return (parts[0...2].joined(separator: "/"), String(parts[3]))
    }

    /// The branches that may stand for work of their own: not the main line,
    /// and of a ghstack pull request only `orig` (else `head`), never `base`.
    static func candidates(_ branches: [GitBranch], main: String) -> [GitBranch] {
        let withOrig = Set(branches.compactMap { ghstack($0.name) }.filter { $0.kind == "orig" }.map(\.pullRequest))
        return branches.filter { branch in
            guard branch.name != main else { return false }
            guard let stack = ghstack(branch.name) else { return true }
            return stack.kind == "orig" || (stack.kind == "head" && !withOrig.contains(stack.pullRequest))
        }
    }

    /// Names in the order that picks the one standing for a tip: a name that
    /// marks the work abandoned first, then by name.
    static func ordered(_ names: [String]) -> [String] {
        names.sorted { ($0.hasPrefix("abandoned/") ? 0 : 1, $0) < ($1.hasPrefix("abandoned/") ? 0 : 1, $1) }
    }
}

extension HistoryCapture {
    /// The unmerged work of the local branches, one piece per tip. One walk
    /// from every candidate tip, hiding the main line, finds which are
    /// unmerged; each piece then walks its own commits, hiding the other
    /// unmerged tips its walk meets (the branches it is stacked on), so no
    /// commit is told twice.
    func unmergedWork(_ branches: [GitBranch], main: GitBranch?) throws(CaptureError) -> [BranchWork] {
        guard let main else { return [] }
        let others = BranchWork.candidates(branches, main: main.name)
        guard !others.isEmpty else { return [] }
        let work: [GitCommit]
        if let walked = walkedCommits(reachableFrom: others.map(\.tip), hiding: main.tip) {
            work = walked
        } else {
            work = try git { try repository.commits(from: others.map(\.tip), hiding: [main.tip], known: commitsByID) }
        }
        var parents: [String: String?] = [:]
        for commit in work { parents[commit.id] = commit.parents.first }
        var tips: [String] = []
        var names: [String: [String]] = [:]
        for branch in others where parents[branch.tip] != nil {
            if names[branch.tip] == nil { tips.append(branch.tip) }
            names[branch.tip, default: []].append(branch.name)
        }
        let graph = WorkGraph(work)
        var pieces: [BranchWork] = []
        for tip in tips {
            let reached = graph.reachable(from: [tip])
            let below = tips.filter { $0 != tip && reached.contains($0) }
            let ownIDs = below.isEmpty ? reached : reached.subtracting(graph.reachable(from: below))
            // A line of commits has one order, which the union walk already
            // gives; work with merges or forks inside is walked for its own
            // order (each walk re-reads the main line down to the fork, which
            // was three quarters of an incremental capture).
            let own =
                graph.isLine(ownIDs)
                ? work.filter { ownIDs.contains($0.id) }
                : try git { try repository.commits(from: [tip], hiding: [main.tip] + below, known: commitsByID) }
            var ownParents: [String: String?] = [:]
            for commit in own { ownParents[commit.id] = commit.parents.first }
            let base = Self.leave(tip, through: ownParents)
            let mainFork = Self.leave(tip, through: parents)
            pieces.append(
                BranchWork(
                    names: BranchWork.ordered(names[tip] ?? []), tip: tip, mainFork: mainFork, base: base,
                    stackedOn: base.flatMap { names[$0].map(BranchWork.ordered)?.first }, commits: own))
        }
        return pieces
    }

    /// The commits `tips` reach and `hidden` does not, from this run's walk
    /// (``WorkGraph/unmerged(from:hiding:walked:byID:)``).
    func walkedCommits(reachableFrom tips: [String], hiding hidden: String) -> [GitCommit]? {
        WorkGraph.unmerged(from: tips, hiding: hidden, walked: walked, byID: commitsByID)
    }

    /// Down the first-parent line from `tip` to the first commit not in `line`.
    private static func leave(_ tip: String, through line: [String: String?]) -> String? {
        var current: String? = tip
        var steps = 0
        while let id = current, let parent = line[id], steps <= line.count {
            current = parent
            steps += 1
        }
        return current
    }

    /// Whether the main line holds every change the work made (SPEC.md
    /// §10.2.2): some main-line commit after the fork has, at each path that
    /// differs between the work's base and tip, the tip's blob (absent for a
    /// deletion). Blob ids are compared, so identical content is found
    /// whatever commits carried it. Work that changed nothing never counts.
    /// A landing cannot be committed before the work's last change was
    /// written, so main-line commits older than the tip's author time (less a
    /// day for clock skew) are not opened. Asked only when a rule needs it,
    /// and once per tip.
    mutating func hasLanded(_ piece: BranchWork) throws(CaptureError) -> Bool {
        if let known = landings[piece.tip] { return known }
        var landed = false
        if let main = mainLine {
            let changes = try changes(of: piece)
            if let first = changes.first {
                let paths = changes.map(\.path)
                let blobs = changes.map(\.blob)
                let cutoff = try lookup(piece.tip).author.time - 86_400
                let line = try mainLineOrder(main)
                let start = piece.mainFork.flatMap { fork in line.firstIndex { $0.id == fork } }.map { $0 + 1 } ?? 0
                for commit in line[start...] where commit.committer.time >= cutoff {
                    // One path first: most commits differ there, and a full check is rare.
                    if try git({ try repository.blobs(at: commit.id, paths: [first.path]) }) == [first.blob],
                        try git({ try repository.blobs(at: commit.id, paths: paths) }) == blobs
                    {
                        landed = true
                        break
                    }
                }
            }
        }
        landings[piece.tip] = landed
        return landed
    }

    /// The paths the piece changed between its base and tip with their blob
    /// ids at the tip, read once per tip; none without a base.
    private mutating func changes(of piece: BranchWork) throws(CaptureError) -> [GitChange] {
        if let known = pieceChanges[piece.tip] { return known }
        var changes: [GitChange] = []
        if let base = piece.base { changes = try git { try repository.changes(from: base, to: piece.tip) } }
        pieceChanges[piece.tip] = changes
        return changes
    }

    /// The node of the own commit of some unmerged work that `commit` lands
    /// with the same `Ara-*` trailers (SPEC.md §10.2.3). A squash merge keeps
    /// the squashed message but not its author time, and adds ` (#N)` to the
    /// subject, so it is no copy by moment; it is one by landing exactly that
    /// work with the same trailers. `commit` lands the work when it holds every
    /// change of it and its first parent does not.
    mutating func landedOriginal(of commit: GitCommit, among pieces: [BranchWork]) throws(CaptureError) -> String? {
        let trailers = AraTrailers(message: commit.message)
        guard !trailers.isEmpty else { return nil }
        for piece in pieces {
            // The cheap test first: most commits match no captured trailers.
            guard
                let original = piece.commits.first(where: {
                    tree.nodeByCommit[$0.id] != nil && AraTrailers(message: $0.message) == trailers
                }), let node = tree.nodeByCommit[original.id]
            else { continue }
            let changes = try changes(of: piece)
            guard !changes.isEmpty else { continue }
            let paths = changes.map(\.path)
            let blobs = changes.map(\.blob)
            guard try git({ try repository.blobs(at: commit.id, paths: paths) }) == blobs else { continue }
            if let parent = commit.parents.first, try git({ try repository.blobs(at: parent, paths: paths) }) == blobs {
                continue
            }
            // The work's own tip lands nothing: a landing is outside the work.
            guard try !git({ try repository.isAncestor(commit.id, of: piece.tip) }) else { continue }
            return node
        }
        return nil
    }
}
