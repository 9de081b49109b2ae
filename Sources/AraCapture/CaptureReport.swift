import AraCore
import Foundation

/// What a capture added (or, with `dryRun`, would add).
public struct CaptureReport: Sendable, Equatable {
    /// A node added to the tree, and the rule that made it.
    public struct Node: Sendable, Equatable {
        public var id: String
        public var type: String
        public var title: String
        public var parent: String?
        public var commit: String
        /// `trailer`, `revert`, `merge` or `branch`.
        public var rule: String
    }

    /// A session record appended to or created.
    public struct Session: Sendable, Equatable {
        public var id: String
        public var path: String
        public var created: Bool
        public var events: Int
        public var commits: Int
    }

    public var commitsRead: Int
    public var commitsLogged: Int
    public var nodes: [Node]
    public var sessions: [Session]
    public var warnings: [String]
    /// Bundle-relative paths written (or that would be written).
    public var files: [String]
}

extension CaptureReport {
    /// The report as the command line prints it: a line per node and session.
    public func text(bundle: String, repository: String, dryRun: Bool, style: TerminalStyle) -> String {
        let report = self
        guard !report.nodes.isEmpty || report.commitsLogged > 0 else {
            return "Nothing new in \(repository) for \(bundle) (\(report.commitsRead) commits read)."
        }
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

/// The JSON report of a capture (`--json`): SPEC.md §10.10.
public struct CaptureJSON: Encodable {
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

    public init(report: CaptureReport, bundle: String, repository: String, dryRun: Bool) {
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
