import AraGit
import AraTestSupport
import XCTest

@testable import AraCapture

/// The unmerged commits a first capture finds in its own walk must be the
/// ones libgit2's walk from the tips, hiding the main line, gives; and a
/// line of them must come in the same order.
final class WorkGraphTests: XCTestCase {
    func testUnmergedCommitsFromTheWalkAreLibgit2s() throws {
        let shape = try ShapeCapture(self)
        try shape.commit("Start", "2026-01-05T09:00:00", files: ["a": "1\n"])
        try shape.git.git("checkout", "-q", "-b", "side")
        for day in 6...8 { try shape.commit("Side \(day)", "2026-01-0\(day)T10:00:00", files: ["s": "\(day)\n"]) }
        // Stacked on side, with a merge of main inside it.
        try shape.git.git("checkout", "-q", "-b", "stacked")
        try shape.commit("Stacked", "2026-01-09T10:00:00", files: ["t": "1\n"])
        try shape.git.git("checkout", "-q", "main")
        try shape.commit("Main 1", "2026-01-06T11:00:00", files: ["m": "1\n"])
        try shape.git.git("checkout", "-q", "stacked")
        try shape.git.git("merge", "-q", "--no-ff", "main", "-m", "Update", date: "2026-01-10T10:00:00+00:00")
        try shape.git.git("checkout", "-q", "-b", "merged", "main")
        try shape.commit("Merged work", "2026-01-07T10:00:00", files: ["w": "1\n"])
        try shape.git.git("checkout", "-q", "main")
        try shape.git.git("merge", "-q", "--no-ff", "merged", "-m", "Merge merged", date: "2026-01-11T10:00:00+00:00")
        try shape.commit("Main 2", "2026-01-12T10:00:00", files: ["m": "2\n"])

        let repository = try GitRepository(at: shape.git.root.path)
        let walked = try repository.commits()
        let byID = Dictionary(uniqueKeysWithValues: walked.map { ($0.id, $0) })
        let main = try shape.git.git("rev-parse", "main")
        for tips in [["side"], ["stacked"], ["merged"], ["side", "stacked", "merged"]] {
            let ids = try tips.map { try shape.git.git("rev-parse", $0) }
            let fromWalk = try XCTUnwrap(WorkGraph.unmerged(from: ids, hiding: main, walked: walked, byID: byID))
            let fromLibgit2 = try repository.commits(from: ids, hiding: [main])
            XCTAssertEqual(Set(fromWalk.map(\.id)), Set(fromLibgit2.map(\.id)), "\(tips)")
            if WorkGraph(fromWalk).isLine(Set(fromWalk.map(\.id))) {
                XCTAssertEqual(fromWalk.map(\.id), fromLibgit2.map(\.id), "\(tips)")
            }
        }
        // A side of the history the walk did not read (an incremental run)
        // is left to libgit2.
        let side = try shape.git.git("rev-parse", "side")
        let partial = walked.filter { $0.subject != "Start" }
        let partialByID = Dictionary(uniqueKeysWithValues: partial.map { ($0.id, $0) })
        XCTAssertNil(WorkGraph.unmerged(from: [side], hiding: main, walked: partial, byID: partialByID))
    }
}
