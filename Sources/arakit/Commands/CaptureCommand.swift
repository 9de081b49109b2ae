import AraCapture
import AraGit
import ArgumentParser
import Foundation

struct CaptureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capture",
        abstract: "Turn git history into exploration-tree nodes and daily session records.",
        discussion: """
            Reads every branch, tag and remote branch with libgit2 and appends to the \
            bundle's trace/ by these rules (SPEC.md §10):
              - a commit with an Ara-Type trailer becomes that node (question, experiment, \
            decision, dead_end, pivot), its other Ara-* trailers its fields;
              - a revert ("This reverts commit <id>", or a subject Revert "X" / \
            Reapply "X") becomes a dead_end under the node of the commit it reverts \
            (it links none when several or no earlier commits have the quoted \
            subject); a \
            revert of a revert becomes a decision that brings the change back;
              - a merge becomes a decision (choice: the merged branch; alternatives: \
            unmerged branches forked from the same point); merging main into a \
            branch does not;
              - unmerged work older than --abandon-after days, named abandoned/*, or \
            whose tip has an Ara-Abandoned trailer becomes a dead_end, once per tip \
            and with only its own commits; work main already holds (squash or \
            rebase merged) is not abandoned by age;
              - a rebased or cherry-picked copy adds no second node;
              - every commit is listed, by day, in trace/sessions/YYYY-MM-DD_NNN.yaml.
            Capture only appends: a second run adds only what is new and changes no byte \
            of what is there, hand edits included.

            Examples:
              arakit capture                  # bundle in ./ or ./ara, repository here
              arakit capture --repo ~/work/model --bundle ~/work/model/ara
              arakit capture --dry-run                     # show what would be added
              arakit capture --since v1.0 --json

            Exit status: 0 captured (or nothing new), 2 error (nothing written).
            """
    )

    @Option(help: "The git repository (or a folder inside it).", completion: .directory)
    var repo: String = "."

    @Option(help: "The bundle to append to (default: ./ if it holds PAPER.md, else ./ara).", completion: .directory)
    var bundle: String?

    @Option(help: "Read only commits after this revision (a branch, tag or commit id).")
    var since: String?

    @Option(name: .customLong("main"), help: "The main line (default: main, else master, else HEAD's branch).")
    var mainBranch: String?

    @Option(help: "Days without commits after which an unmerged branch is a dead end.")
    var abandonAfter: Int = 30

    @Flag(help: "Show what would be added; write nothing.")
    var dryRun = false

    @Flag(help: "Print the result as JSON.")
    var json = false

    @Flag(help: "Print nothing but errors (for git hooks).")
    var quiet = false

    func validate() throws {
        guard abandonAfter >= 0 else { throw ValidationError("--abandon-after must be 0 or more days") }
    }

    func run() throws {
        let bundlePath = try BundleLocation.resolve(bundle)
        let clock = BundleLocation.now()
        let options = CaptureOptions(
            since: since, mainBranch: mainBranch, abandonAfterDays: abandonAfter, now: clock.epoch,
            offsetMinutes: clock.offsetMinutes, dryRun: dryRun)
        let report: CaptureReport
        do {
            let repository = try GitRepository(at: repo)
            report = try HistoryCapture.run(
                repository: repository, bundle: URL(fileURLWithPath: bundlePath), options: options)
        } catch let error as GitError {
            throw CLIError("\(error) (pass --repo DIR for the repository to read)")
        } catch let error as CaptureError {
            throw CLIError(error.description)
        }
        if quiet { return }
        if json {
            print(
                try JSONOutput.encode(CaptureJSON(report: report, bundle: bundlePath, repository: repo, dryRun: dryRun))
            )
            return
        }
        for warning in report.warnings { StandardError.write("warning: \(warning)") }
        print(CaptureText.render(report, bundle: bundlePath, repository: repo, dryRun: dryRun))
    }
}

/// The text report of a capture.
enum CaptureText {
    static func render(_ report: CaptureReport, bundle: String, repository: String, dryRun: Bool) -> String {
        guard !report.nodes.isEmpty || report.commitsLogged > 0 else {
            return "Nothing new in \(repository) for \(bundle) (\(report.commitsRead) commits read)."
        }
        let style = TerminalStyle.forStandardOutput()
        var lines = [
            "\(style.bold(dryRun ? "Would capture" : "Captured")) \(report.commitsLogged) commit\(report.commitsLogged == 1 ? "" : "s") "
                + "and \(report.nodes.count) node\(report.nodes.count == 1 ? "" : "s") from \(repository) into \(bundle)"
        ]
        let width = report.nodes.map(\.type.count).max() ?? 0
        for node in report.nodes {
            let type = node.type.padding(toLength: width, withPad: " ", startingAt: 0)
            lines.append(
                "  + \(node.id) \(type)  \(node.title)  (\(node.rule) \(node.commit.prefix(12))"
                    + (node.parent.map { ", under \($0)" } ?? ", a new root") + ")")
        }
        for session in report.sessions {
            var parts = [session.created ? "new" : "appended"]
            if session.commits > 0 { parts.append("\(session.commits) commit\(session.commits == 1 ? "" : "s")") }
            if session.events > 0 { parts.append("\(session.events) event\(session.events == 1 ? "" : "s")") }
            lines.append("  session \(session.id): " + parts.joined(separator: ", "))
        }
        if dryRun { lines.append("Dry run: nothing written.") }
        return lines.joined(separator: "\n")
    }
}

/// The JSON report of a capture (`--json`).
struct CaptureJSON: Encodable {
    struct Node: Encodable {
        let id, type, title, commit, rule: String
        let parent: String?
    }
    struct Session: Encodable {
        let id, path: String
        let created: Bool
        let events, commits: Int
    }
    let bundle, repository: String
    let dryRun: Bool
    let commitsRead, commitsLogged: Int
    let nodes: [Node]
    let sessions: [Session]
    let warnings, files: [String]

    enum CodingKeys: String, CodingKey {
        case bundle, repository, nodes, sessions, warnings, files
        case dryRun = "dry_run"
        case commitsRead = "commits_read"
        case commitsLogged = "commits_logged"
    }

    init(report: CaptureReport, bundle: String, repository: String, dryRun: Bool) {
        self.bundle = bundle
        self.repository = repository
        self.dryRun = dryRun
        commitsRead = report.commitsRead
        commitsLogged = report.commitsLogged
        nodes = report.nodes.map {
            Node(id: $0.id, type: $0.type, title: $0.title, commit: $0.commit, rule: $0.rule, parent: $0.parent)
        }
        sessions = report.sessions.map {
            Session(id: $0.id, path: $0.path, created: $0.created, events: $0.events, commits: $0.commits)
        }
        warnings = report.warnings
        files = report.files
    }
}
