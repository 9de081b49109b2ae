import AraCapture
import AraCore
import AraGit
import AraReview
import AraTestSupport
import XCTest

/// A test repository built with git and fixed dates, an empty bundle beside
/// it, and the tree a capture of one into the other writes.
struct ShapeCapture {
    let git: GitFixture
    let bundle: URL
    /// 2026-03-01 12:00 UTC: every branch in the shapes is weeks old.
    static let later: Int64 = 1_772_366_400

    init(_ test: XCTestCase) throws {
        let root = try TestSupport.temporaryDirectory(test)
        git = try GitFixture(at: root.appendingPathComponent("repo"))
        bundle = root.appendingPathComponent("ara")
        try BundleTemplate(title: "Shapes", date: "2026-01-05").create(at: bundle, force: false)
    }

    /// Captures the repository as it is now.
    @discardableResult
    func capture(now: Int64 = ShapeCapture.later) throws -> CaptureReport {
        try HistoryCapture.run(
            repository: try GitRepository(at: git.root.path), bundle: bundle,
            options: CaptureOptions(now: now, offsetMinutes: 0))
    }

    /// Every node of the tree by id, with its parent's id.
    func nodes() throws -> [String: (node: TreeNode, parent: String?)] {
        try TestSupport.treeNodes(in: bundle)
    }

    /// A node's key as text (a list joined with `,`), for compact checks.
    func value(_ node: TreeNode?, _ key: String) -> String? {
        node?.field(named: key)?.scalarText ?? node?.field(named: key)?.stringList?.joined(separator: ",")
    }

    /// Trace findings a review of the bundle reports (codes TR and R), as text.
    func traceFindings() throws -> [String] {
        try Reviewer().review(at: bundle).findings.filter { $0.code.hasPrefix("TR") || $0.code.hasPrefix("R") }
            .map { "\($0.code) \($0.location.path):\($0.location.line) \($0.message)" }
    }

    /// Commits on the current branch; returns the id.
    @discardableResult
    func commit(_ message: String, _ date: String, files: [String: String] = [:]) throws -> String {
        try git.commit(message, date: date + "+00:00", files: files)
    }
}
