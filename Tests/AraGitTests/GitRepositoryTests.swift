import AraGit
import AraTestSupport
import XCTest

final class GitRepositoryTests: XCTestCase {
    private func scenario() throws -> (CaptureScenario, GitRepository) {
        let scenario = try CaptureScenario.build(
            at: try TestSupport.temporaryDirectory(self).appendingPathComponent("repo"))
        return (scenario, try GitRepository(at: scenario.fixture.root.path))
    }

    func testWalkVisitsEveryRefParentsFirst() throws {
        let (scenario, repository) = try scenario()
        let commits = try repository.commits()
        XCTAssertEqual(commits.count, 12)
        XCTAssertEqual(Set(commits.map(\.id)).count, 12)
        var seen: Set<String> = []
        for commit in commits {
            for parent in commit.parents { XCTAssertTrue(seen.contains(parent), "\(commit.subject) before its parent") }
            seen.insert(commit.id)
        }
        XCTAssertEqual(commits.first?.subject, "Start project")
        let merge = try XCTUnwrap(commits.first { $0.id == scenario.commits["merge"] })
        XCTAssertTrue(merge.isMerge)
        XCTAssertEqual(merge.parents, [scenario.commits["plain"]!, scenario.commits["harness"]!])
        XCTAssertEqual(merge.author.name, "Ada Lovelace")
        XCTAssertEqual(merge.author.offsetMinutes, 60)
    }

    func testHidingAndStartingPoints() throws {
        let (scenario, repository) = try scenario()
        let after = try repository.commits(hiding: [scenario.commits["merge"]!])
        XCTAssertEqual(
            Set(after.map(\.subject)),
            ["Switch to retrieval", "Quick hack", "Try Lion optimizer", "Eval harness variant B"])
        let branch = try repository.commits(from: [scenario.commits["lion"]!], hiding: [scenario.commits["pivot"]!])
        XCTAssertEqual(branch.map(\.subject), ["Try Lion optimizer"])
        // A hidden id that does not exist (a rewritten branch) is ignored.
        XCTAssertEqual(try repository.commits(hiding: [String(repeating: "0", count: 40)]).count, 12)
    }

    func testBranchesTagsReferencesAndGraph() throws {
        let (scenario, repository) = try scenario()
        XCTAssertEqual(
            try repository.branches().map(\.name),
            ["abandoned/quick-hack", "alt-optimizer", "eval-b", "feature", "main"])
        XCTAssertEqual(try repository.branches().first { $0.isHead }?.name, "main")
        XCTAssertEqual(repository.headBranch(), "main")
        XCTAssertEqual(try repository.tags(), [GitTag(name: "v0.1", target: scenario.commits["pivot"]!)])
        XCTAssertEqual(try repository.references("refs/heads/*").count, 5)
        XCTAssertEqual(
            try repository.mergeBase(scenario.commits["lion"]!, scenario.commits["pivot"]!), scenario.commits["batch"])
        XCTAssertTrue(try repository.isAncestor(scenario.commits["harness"]!, of: scenario.commits["pivot"]!))
        XCTAssertFalse(try repository.isAncestor(scenario.commits["variant"]!, of: scenario.commits["pivot"]!))
        XCTAssertEqual(try repository.resolve("v0.1"), scenario.commits["pivot"])
        XCTAssertEqual(
            try repository.resolve(String(scenario.commits["cosine"]!.prefix(8))), scenario.commits["cosine"])
        XCTAssertEqual(try repository.changedPaths(scenario.commits["lion"]!), ["optim.py"])
        XCTAssertEqual(try repository.changedPaths(scenario.commits["revert"]!), ["train.py"])
    }

    func testTrailersAndReverts() throws {
        let (scenario, repository) = try scenario()
        let cosine = try repository.commit(scenario.commits["cosine"]!)
        XCTAssertEqual(
            GitRepository.trailers(in: cosine.message),
            [
                GitTrailer(key: "Ara-Type", value: "experiment"),
                GitTrailer(key: "Ara-Hypothesis", value: "cosine beats step"),
                GitTrailer(key: "Ara-Result", value: "loss 2.31 vs 2.40"),
                GitTrailer(key: "Ara-Claims", value: "C01"),
            ])
        XCTAssertEqual(try repository.commit(scenario.commits["revert"]!).revertedIDs, [scenario.commits["batch"]!])
        XCTAssertEqual(cosine.revertedIDs, [])
        XCTAssertEqual(cosine.subject, "Try cosine schedule")
    }

    /// Every id after each marker, lowercase hex only, at least seven digits.
    func testRevertedIDsAreEveryLowercaseHexRunAfterTheMarker() {
        func ids(_ message: String) -> [String] {
            let someone = GitSignature(name: "A", email: "a@b", time: 0, offsetMinutes: 0)
            return GitCommit(id: "0", parents: [], author: someone, committer: someone, message: message).revertedIDs
        }
        XCTAssertEqual(
            ids("Revert \"x\"\n\nThis reverts commit 0123456789abcdef.\nThis reverts commit abc1234 too"),
            ["0123456789abcdef", "abc1234"])
        XCTAssertEqual(ids("This reverts commit abc123."), [])
        XCTAssertEqual(ids("This reverts commit ABCDEF0123"), [])
        XCTAssertEqual(ids("Ünïcode first. This reverts commit deadbeef1é"), ["deadbeef1"])
        XCTAssertEqual(ids("This reverts commit "), [])
        XCTAssertEqual(ids(""), [])
    }

    func testBareRepositoryAndErrors() throws {
        let (scenario, _) = try scenario()
        let bare = scenario.fixture.root.deletingLastPathComponent().appendingPathComponent("bare.git")
        try scenario.fixture.git("clone", "-q", "--bare", scenario.fixture.root.path, bare.path)
        let repository = try GitRepository(at: bare.path)
        XCTAssertTrue(repository.isBare)
        XCTAssertNil(repository.workingDirectory)
        XCTAssertEqual(try repository.commits().count, 12)

        let nowhere = try TestSupport.temporaryDirectory(self).path
        XCTAssertThrowsError(try GitRepository(at: nowhere)) { error in
            let error = error as? GitError
            XCTAssertEqual(error?.path, nowhere)
            XCTAssertEqual(error?.operation, "open the repository")
            XCTAssertFalse(error?.message.isEmpty ?? true)
        }
        let open = try GitRepository(at: scenario.fixture.root.path)
        XCTAssertThrowsError(try open.resolve("no-such-branch")) { error in
            XCTAssertTrue((error as? GitError)?.description.contains("no-such-branch") ?? false)
        }
    }
}
