import AraCore
import AraGit
import Foundation

/// What `arakit capture` is asked to do.
public struct CaptureOptions: Sendable {
    /// Only commits after this revision are read.
    public var since: String?
    /// The main line; default `main`, else `master`, else the branch `HEAD` names.
    public var mainBranch: String?
    /// An unmerged branch whose tip is at least this old is a dead end.
    public var abandonAfterDays: Int
    /// The moment of the run (epoch seconds) and the local UTC offset, which
    /// date branch abandonments. Tests pass fixed values.
    public var now: Int64
    public var offsetMinutes: Int
    /// Plan only; write nothing.
    public var dryRun: Bool

    public init(
        since: String? = nil, mainBranch: String? = nil, abandonAfterDays: Int = 30, now: Int64, offsetMinutes: Int,
        dryRun: Bool = false
    ) {
        self.since = since
        self.mainBranch = mainBranch
        self.abandonAfterDays = abandonAfterDays
        self.now = now
        self.offsetMinutes = offsetMinutes
        self.dryRun = dryRun
    }
}

/// Turns git history into exploration-tree nodes and daily session records
/// by the rules of SPEC.md §10. Incremental and append-only: a second run
/// adds only what is new and changes no byte of what is there.
public struct HistoryCapture {
    let repository: GitRepository
    let options: CaptureOptions
    private var texts: BundleTexts
    var tree: TreeState
    private var ledger = SessionLedger()
    /// The commits this run walked, in the walk's order and by id.
    private(set) var walked: [GitCommit] = []
    private(set) var commitsByID: [String: GitCommit] = [:]
    /// Commit → the nearest node at or above it ("" for none).
    private var anchors: [String: String] = [:]
    /// Each commit's revert link, nil for a commit that is no revert.
    var revertLinks: [String: RevertLink?] = [:]
    /// Commit ids by subject, read when a revert first names no id.
    var subjectIndex: [String: [String]]?
    /// The main line's branch, and its first-parent commits once read.
    var mainLine: GitBranch?
    private var mainLineCommits: [GitCommit]?
    private var mainLineIDs: Set<String> = []
    /// Author moment → the node a commit with it made (see ``copiedNode(of:)``).
    private var copyIndex: [String: String]?
    /// Whether the main line holds each unmerged tip's work, once asked.
    var landings: [String: Bool] = [:]
    /// What each unmerged tip changed since its base, once read.
    var pieceChanges: [String: [GitChange]] = [:]
    private var report = CaptureReport(
        commitsRead: 0, commitsLogged: 0, nodes: [], sessions: [], warnings: [], files: [])

    /// Captures `repository` into the bundle at `bundle`.
    public static func run(repository: GitRepository, bundle: URL, options: CaptureOptions) throws(CaptureError)
        -> CaptureReport
    {
        var capture = try HistoryCapture(repository: repository, bundle: bundle, options: options)
        return try capture.run()
    }

    /// A capture of `repository` into the bundle at `bundle`, ready to
    /// ``run()``: the bundle is open, and locked unless it is a dry run.
    /// What it reads stays held until the capture is released, so a command
    /// that is about to end can end without freeing it.
    public init(repository: GitRepository, bundle: URL, options: CaptureOptions) throws(CaptureError) {
        var texts = try BundleTexts(root: bundle, lockingFor: options.dryRun ? nil : "capture")
        let tree = try TreeState(texts: &texts)
        self.init(repository: repository, options: options, texts: texts, tree: tree)
    }

    private init(repository: GitRepository, options: CaptureOptions, texts: BundleTexts, tree: TreeState) {
        self.repository = repository
        self.options = options
        self.texts = texts
        self.tree = tree
    }

    /// Captures what is new since the bundle's last capture, once.
    public mutating func run() throws(CaptureError) -> CaptureReport {
        report.warnings += texts.removedLeftovers.map { "removed \($0), left behind by an interrupted write" }
        let state = try CaptureState.load(&texts)
        var hidden = state.refs.map(\.commit)
        if let since = options.since { hidden.append(try git { try repository.resolve(since) }) }
        let commits = try git { try repository.commits(hiding: hidden) }
        report.commitsRead = commits.count
        walked = commits
        for commit in commits { commitsByID[commit.id] = commit }
        let branches = try git { try repository.branches() }
        let main = try mainBranch(in: branches)
        var tags: [String: [String]] = [:]
        for tag in try git({ try repository.tags() }) { tags[tag.target, default: []].append(tag.name) }
        mainLine = main
        let unmerged = try unmergedWork(branches, main: main)

        for commit in commits {
            try capture(commit, tags: tags[commit.id] ?? [], branches: branches, unmerged: unmerged)
        }
        for work in unmerged { try captureAbandonment(of: work) }

        let newState = CaptureState(refs: try currentRefs())
        report.sessions = try ledger.apply(to: &texts).map {
            CaptureReport.Session(id: $0.id, path: $0.path, created: $0.created, events: $0.events, commits: $0.commits)
        }
        let written = try writeSessionsWhileTheTreeIsMade()
        if newState != state || !texts.changes.isEmpty { try texts.set(CaptureState.path, try newState.text) }
        report.files = texts.changes.keys.sorted()
        guard !options.dryRun else { return report }
        // The state goes last: a run cut short leaves it old, and the next
        // run reads the same commits again and skips what is already there.
        try texts.write { $0 != CaptureState.path && !written.contains($0) }
        try texts.write { $0 == CaptureState.path }
        texts.unlock()
        return report
    }

    /// Writes the session records (a first capture makes one per day of
    /// history) while the tree's new text is made, and sets that text; the
    /// paths written. Creating the files is mostly the kernel's work, and the
    /// two used to take turns on one core while the other idled.
    private mutating func writeSessionsWhileTheTreeIsMade() throws(CaptureError) -> Set<String> {
        let isSession: @Sendable (String) -> Bool = { $0.hasPrefix(SessionLedger.directory + "/") }
        let sessions = texts.changes.keys.filter(isSession)
        guard !options.dryRun, !sessions.isEmpty else {
            if let text = try tree.updatedText() { try texts.set(TreeState.path, text) }
            return []
        }
        // A copy: this thread goes on changing its own while the helper writes.
        nonisolated(unsafe) let snapshot = texts
        let tree = self.tree
        let (wrote, made) = ParallelMap.both(
            { Result { () throws(CaptureError) in try snapshot.write(where: isSession) } },
            { Result { () throws(CaptureError) in try tree.updatedText() } })
        _ = try wrote.get()
        if let text = try made.get() { try texts.set(TreeState.path, text) }
        return Set(sessions)
    }

    // MARK: - One commit

    private mutating func capture(
        _ commit: GitCommit, tags: [String], branches: [GitBranch], unmerged: [BranchWork]
    ) throws(CaptureError) {
        let civil = CivilTime(epoch: commit.author.time, offsetMinutes: commit.author.offsetMinutes)
        let (day, time) = (civil.date, civil.iso8601)
        if tree.nodeByCommit[commit.id] == nil {
            // A rebased, cherry-picked or squashed copy is the same work: its
            // original's node stands for it (SPEC.md §10.2.3).
            var original = try copiedNode(of: commit)
            if original == nil { original = try landedOriginal(of: commit, among: unmerged) }
            if let original {
                tree.alias(commit.id, to: original)
            } else if let made = try node(for: commit, time: time, branches: branches, unmerged: unmerged) {
                add(made.node, under: made.parent, commit: commit.id, rule: made.rule, day: day)
                if let id = made.node.id, copyIndex?[Self.moment(of: commit)] == nil {
                    copyIndex?[Self.moment(of: commit)] = id
                }
            }
        }
        let made = tree.nodeByCommit[commit.id]
        _ = try anchor(of: commit.id)

        guard
            try !ledger.lists(id: commit.id, time: time, subject: commit.subject, day: day, texts: &texts)
        else { return }
        var entry = [
            YAMLEntry(key: "id", value: YAMLNode(.string(commit.shortID))),
            YAMLEntry(key: "time", value: YAMLNode(.string(time))),
            YAMLEntry(key: "subject", value: YAMLNode(.string(commit.subject))),
        ]
        if let made { entry.append(YAMLEntry(key: "node", value: YAMLNode(.string(made)))) }
        if !tags.isEmpty { entry.append(YAMLEntry(key: "tags", value: YAMLNode(NodeDraft.list(tags)))) }
        ledger.log(commit: YAMLNode(.mapping(entry)), day: day)
        report.commitsLogged += 1
    }

    typealias Made = (node: TreeNode, parent: String?, rule: String)

    /// The node a commit makes, by the first rule that applies: trailers,
    /// revert, merge. Plain commits make none.
    private mutating func node(
        for commit: GitCommit, time: String, branches: [GitBranch], unmerged: [BranchWork]
    ) throws(CaptureError) -> Made? {
        // Most commits make no node: the body, the costly part, is read only
        // once a rule makes one, and a message without an Ara trailer has
        // no values to gather.
        let trailers = AraTrailers(message: commit.message)
        let stamp = [YAMLEntry(key: "timestamp", value: YAMLNode(.string(time)))]
        let refs = ["git:\(commit.id)"]
        var values = NodeDraft.values(of: trailers)
        let title = trailers["Title"] ?? commit.subject

        if let raw = trailers["Type"] {
            if let type = NodeDraft.journeyType(raw) {
                if values["description"] == nil, let body = CommitText.body(of: commit) {
                    values["description"] = .string(body)
                }
                let parent = try parent(for: commit, type: type, explicit: trailers["Parent"])
                let id = tree.nextID()
                return (
                    NodeDraft.node(id: id, type: type, title: title, sourceRefs: refs, values: values, extra: stamp),
                    parent, "trailer"
                )
            }
            report.warnings.append(
                "commit \(commit.shortID): Ara-Type '\(raw)' is not question, experiment, decision, dead_end or pivot; logged as a plain commit"
            )
        }

        if let link = try revertLink(of: commit) {
            return try revertNode(
                for: commit, link: link, values: values, body: CommitText.body(of: commit), title: title,
                explicit: trailers["Parent"],
                stamp: stamp)
        }

        if commit.isMerge {
            let merged = Array(commit.parents.dropFirst())
            // A branch named by the subject, else the one branch at the merged
            // tip; two branches there leave the name open rather than guessed.
            let atTip = branches.filter { merged.contains($0.tip) }
            let name = Self.mergedBranch(commit.subject) ?? (atTip.count == 1 ? atTip[0].name : nil)
            guard try !mergesMainLine(commit, name: name) else { return nil }
            if values["choice"] == nil {
                values["choice"] = .string(
                    name.map { "merge branch \($0)" }
                        ?? "merge \(merged.map { String($0.prefix(12)) }.joined(separator: ", "))")
            }
            if values["alternatives"] == nil,
                let base = try git({ try repository.mergeBase(commit.parents[0], merged[0]) })
            {
                var siblings: [String] = []
                for piece in unmerged where piece.mainFork == base && !piece.names.contains(name ?? "") {
                    if try !hasLanded(piece) { siblings.append(piece.name) }
                }
                if !siblings.isEmpty { values["alternatives"] = NodeDraft.list(siblings) }
            }
            if values["rationale"] == nil, let body = CommitText.body(of: commit) {
                values["rationale"] = .string(body)
            }
            let parent = try self.parent(for: commit, type: .decision, explicit: trailers["Parent"])
            var also: [String] = []
            for side in merged {
                if let node = try anchor(of: side), node != parent, !also.contains(node) { also.append(node) }
            }
            let id = tree.nextID()
            return (
                NodeDraft.node(
                    id: id, type: .decision, title: title, sourceRefs: refs, values: values, extra: stamp,
                    alsoDependsOn: also),
                parent, "merge"
            )
        }
        return nil
    }

    /// `Merge branch 'x'`, `Merge remote-tracking branch 'origin/x'`, `Merge pull request #1 from o/x`.
    static func mergedBranch(_ subject: String) -> String? {
        for prefix in ["Merge branch '", "Merge remote-tracking branch '"] where subject.hasPrefix(prefix) {
            let rest = subject.dropFirst(prefix.count)
            if let end = rest.firstIndex(of: "'") { return String(rest[..<end]) }
        }
        if subject.hasPrefix("Merge pull request #"), let from = subject.range(of: " from ") {
            let name = subject[from.upperBound...].prefix { !$0.isWhitespace }
            if !name.isEmpty { return String(name) }
        }
        return nil
    }

    /// Whether a merge brings the main line into another line: a branch
    /// brought up to date (`Merge branch 'main' into x`), a pull of the main
    /// branch, or any merge off the main line whose merged side is on it. That
    /// is bookkeeping, not a choice between alternatives, so it makes no node.
    private mutating func mergesMainLine(_ commit: GitCommit, name: String?) throws(CaptureError) -> Bool {
        guard let main = mainLine else { return false }
        // A pull request from a fork's own `main` is a real merge; only git's
        // `Merge branch 'main'…` and a remote's copy of the main branch name
        // the main line (a local branch `ui/main` is a branch like any other).
        if let name, !commit.subject.hasPrefix("Merge pull request ") {
            if name == main.name { return true }
            if name.hasSuffix("/" + main.name) {
                if commit.subject.hasPrefix("Merge remote-tracking branch ") { return true }
                if try !git({ try repository.references("refs/remotes/\(name)") }).isEmpty { return true }
            }
        }
        _ = try mainLineOrder(main)
        return !mainLineIDs.contains(commit.id) && commit.parents.dropFirst().contains { mainLineIDs.contains($0) }
    }

    /// The main line's first-parent commits, oldest first, read once per run.
    mutating func mainLineOrder(_ main: GitBranch) throws(CaptureError) -> [GitCommit] {
        if let known = mainLineCommits { return known }
        var line: [GitCommit] = []
        var current: String? = main.tip
        while let id = current, mainLineIDs.insert(id).inserted {
            let commit = try lookup(id)
            line.append(commit)
            current = commit.parents.first
        }
        line.reverse()
        mainLineCommits = line
        return line
    }

    // MARK: - Branches

    /// A dead end for an unmerged branch that is old enough or marked abandoned.
    /// Made once per tip: branches at one tip are one piece of work, and a
    /// tip already recorded under any branch name is not recorded again.
    /// Work the main line already holds (squash or rebase merged) is not
    /// abandoned unless a name or trailer says so.
    private mutating func captureAbandonment(of piece: BranchWork) throws(CaptureError) {
        let refs = ["git:\(piece.tip)"] + piece.names.map { "git:refs/heads/\($0)" }
        guard
            !tree.sourceRefs.contains(where: { node in
                node.refs.contains(refs[0]) && node.refs.contains { $0.hasPrefix("git:refs/heads/") }
            })
        else { return }
        let tip = try lookup(piece.tip)
        let tipTrailers = AraTrailers(message: tip.message)
        let age = options.now - tip.committer.time
        let marked = piece.names.contains { $0.hasPrefix("abandoned/") } || tipTrailers["Abandoned"] != nil
        if !marked {
            guard age >= Int64(options.abandonAfterDays) * 86_400 else { return }
            guard try !hasLanded(piece) else { return }
        }

        let work = piece.commits
        var paths: [String] = []
        for commit in work.prefix(50) {
            for path in try git({ try repository.changedPaths(commit.id) }) where !paths.contains(path) {
                paths.append(path)
            }
        }
        var values: [String: YAMLValue] = [:]
        let first = work.first ?? tip
        values["hypothesis"] = .string(AraTrailers(message: first.message)["Hypothesis"] ?? first.subject)
        if let reason = tipTrailers["Abandoned"], !["true", "yes"].contains(reason.lowercased()) {
            values["failure_mode"] = .string(reason)
        }
        if let lesson = tipTrailers["Lesson"] { values["lesson"] = .string(lesson) }
        let firstDay = CivilTime(epoch: first.author.time, offsetMinutes: first.author.offsetMinutes).date
        let lastDay = CivilTime(epoch: tip.author.time, offsetMinutes: tip.author.offsetMinutes).date
        let also = piece.names.count > 1 ? " (also \(piece.names.dropFirst().joined(separator: ", ")))" : ""
        let stacked = piece.stackedOn.map { " (the tip of branch \($0))" } ?? ""
        var summary =
            "\(work.count) commit\(work.count == 1 ? "" : "s") on branch \(piece.name)\(also)"
            + (piece.base.map { " after \($0.prefix(12))\(stacked)" } ?? "")
            + ", \(firstDay) to \(lastDay), never merged: "
            + work.prefix(5).map(\.subject).joined(separator: "; ") + (work.count > 5 ? "; …" : "") + "."
        if !paths.isEmpty {
            summary +=
                " Files: " + paths.prefix(10).joined(separator: ", ")
                + (paths.count > 10 ? " and \(paths.count - 10) more" : "") + "."
        }
        values["description"] = .string(summary)
        let today = CivilTime(epoch: options.now, offsetMinutes: options.offsetMinutes)
        let parent = try tree.holder(for: .deadEnd, after: anchor(of: piece.tip)) ?? defaultParent
        let node = NodeDraft.node(
            id: tree.nextID(), type: .deadEnd, title: "Branch \(piece.name) abandoned", sourceRefs: refs,
            values: values, extra: [YAMLEntry(key: "timestamp", value: YAMLNode(.string(today.iso8601)))])
        add(node, under: parent, commit: piece.tip, rule: "branch", day: today.date)
    }

    /// Adds a captured node to the tree, the report and its day's session record.
    private mutating func add(_ node: TreeNode, under parent: String?, commit: String, rule: String, day: String) {
        tree.add(node, under: parent)
        report.nodes.append(
            CaptureReport.Node(
                id: node.id ?? "", type: node.type?.description ?? "", title: node.title ?? "", parent: parent,
                commit: commit, rule: rule))
        ledger.log(node: node, provenance: "git", day: day)
    }

    private func mainBranch(in branches: [GitBranch]) throws(CaptureError) -> GitBranch? {
        if let name = options.mainBranch {
            guard let branch = branches.first(where: { $0.name == name }) else {
                throw .invalid(
                    "no branch '\(name)' in \(repository.path) (branches: \(branches.map(\.name).joined(separator: ", ")))"
                )
            }
            return branch
        }
        let head = repository.headBranch()
        return branches.first { $0.name == "main" } ?? branches.first { $0.name == "master" }
            ?? branches.first { $0.name == head }
    }

    private func currentRefs() throws(CaptureError) -> [(name: String, commit: String)] {
        var refs: [(String, String)] = []
        for glob in ["refs/heads/*", "refs/remotes/*", "refs/tags/*"] {
            refs += try git { try repository.references(glob) }.map { ($0.name, $0.target) }
        }
        return refs
    }

    // MARK: - Parents

    private var defaultParent: String? { tree.standIn(for: tree.roots.first) }

    /// The node a new node goes under: the `Ara-Parent` trailer's, else the
    /// holder of its type at or above the nearest node on the first-parent
    /// line, else the first root.
    mutating func parent(for commit: GitCommit, type: NodeType, explicit: String?) throws(CaptureError)
        -> String?
    {
        if let explicit {
            if tree.contains(explicit) { return tree.standIn(for: explicit) }
            report.warnings.append(
                "commit \(commit.shortID): Ara-Parent '\(explicit)' is not in the tree; the node goes under its nearest ancestor instead"
            )
        }
        return try tree.holder(for: type, after: anchor(of: commit.parents.first)) ?? defaultParent
    }

    /// The nearest node at or above `commit` on its first-parent line.
    mutating func anchor(of commit: String?) throws(CaptureError) -> String? {
        var chain: [String] = []
        var current = commit
        var found = ""
        while let id = current {
            if let cached = anchors[id] {
                found = cached
                break
            }
            chain.append(id)
            var node = tree.nodeByCommit[id]
            if node == nil, let original = try copiedNode(of: lookup(id)) {
                tree.alias(id, to: original)
                node = original
            }
            if let node {
                // After a revert the code is as before the reverted commit, so
                // work continues from there, not under the dead end.
                guard tree.type(of: node) == .deadEnd, let link = try revertLink(of: try lookup(id)),
                    !link.reapplies, let reverted = link.target
                else {
                    found = node
                    break
                }
                current = try lookup(reverted).parents.first
                continue
            }
            current = try lookup(id).parents.first
        }
        for id in chain { anchors[id] = found }
        return found.isEmpty ? nil : found
    }

    /// Author time, offset and subject: what a rebased or cherry-picked copy
    /// keeps of its original (SPEC.md §10.4).
    static func moment(of commit: GitCommit) -> String {
        "\(commit.author.time) \(commit.author.offsetMinutes) \(commit.subject)"
    }

    /// The node of the commit `commit` is a copy of, when one made a node.
    /// The index is built from the tree's captured commits once per run, so a
    /// copy is known whether its original was captured now or long ago; where
    /// an older capture made nodes for both, the lower id stands.
    private mutating func copiedNode(of commit: GitCommit) throws(CaptureError) -> String? {
        if copyIndex == nil {
            var index: [String: String] = [:]
            for (sha, node) in tree.nodeByCommit {
                // A captured commit gone from the repository (a rewritten
                // branch) has no copy to find.
                guard let original = try? lookup(sha) else { continue }
                let key = Self.moment(of: original)
                if let known = index[key], (TreeState.number(of: known) ?? 0) <= (TreeState.number(of: node) ?? 0) {
                    continue
                }
                index[key] = node
            }
            copyIndex = index
        }
        return copyIndex?[Self.moment(of: commit)]
    }

    /// A commit of this walk, or read from the repository.
    func lookup(_ id: String) throws(CaptureError) -> GitCommit {
        if let known = commitsByID[id] { return known }
        return try git { try repository.commit(id) }
    }
}

/// Runs a libgit2 call, turning its error into a ``CaptureError``.
func git<T>(_ body: () throws -> T) throws(CaptureError) -> T {
    do {
        return try body()
    } catch let error as GitError {
        throw .git(error)
    } catch {
        throw .invalid("\(error)")
    }
}
