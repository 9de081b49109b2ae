import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraCapture

/// Session records by day (SPEC.md §10.4): which record an event goes to,
/// how records are numbered, and that existing text is only appended to.
final class SessionLedgerTests: XCTestCase {
    private let day = "2026-01-15"
    private let sha = "0123456789abcdef0123456789abcdef01234567"

    /// A hand-edited record: a comment, a quoted summary, a key capture never writes.
    private let handEdited = """
        # Kept as the author wrote it.
        session:
          id: "2026-01-15_001"
          timestamp: '2026-01-15T09:00:00Z'
          summary: Morning,   by hand   # note
        events_logged:
        - type: question
          id: N01
          provenance: user
          summary: "Why?"
        open_threads:
        - "Is it the warmup?"

        """

    private func texts(_ files: [String: String] = [:]) throws -> BundleTexts {
        let root = try TestSupport.bundle(files, in: self)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent(SessionLedger.directory), withIntermediateDirectories: true)
        return try BundleTexts(root: root, lockingFor: nil)
    }

    private func record(_ id: String) -> String { "\(SessionLedger.directory)/\(id).yaml" }

    private func node(_ id: String, _ type: NodeType = .experiment, _ title: String = "Try cosine") -> TreeNode {
        TreeNode(id: id, type: type, title: title)
    }

    private func commit(_ id: String, time: String = "2026-01-15T10:00:00+01:00", subject: String = "Try cosine")
        -> YAMLNode
    {
        YAMLNode(
            .mapping([
                YAMLEntry(key: "id", value: YAMLNode(.string(id))),
                YAMLEntry(key: "time", value: YAMLNode(.string(time))),
                YAMLEntry(key: "subject", value: YAMLNode(.string(subject))),
            ]))
    }

    private func parsed(_ text: String?) throws -> YAMLNode {
        let text = try XCTUnwrap(text)
        return try XCTUnwrap(YAMLFile.parse(text, path: "record.yaml").file.root)
    }

    func testFirstEventOfADayCreatesRecordOneAndIndexesIt() throws {
        var texts = try texts()
        var ledger = SessionLedger()
        ledger.log(node: node("N02", .deadEnd, "Cosine restarts"), provenance: "git", day: day)
        ledger.log(commit: commit("0123456"), day: day)
        let changes = try ledger.apply(to: &texts)
        XCTAssertEqual(
            changes,
            [.init(id: "2026-01-15_001", path: record("2026-01-15_001"), created: true, events: 1, commits: 1)])
        let text = try XCTUnwrap(try texts.text(record("2026-01-15_001")))
        XCTAssertTrue(text.hasPrefix(SessionLedger.header[0] + "\n"), text)
        let root = try parsed(text)
        XCTAssertEqual(root["session"]?["id"]?.scalarText, "2026-01-15_001")
        XCTAssertEqual(root["session"]?["timestamp"]?.scalarText, day)
        let event = try XCTUnwrap(root["events_logged"]?.sequence?.first)
        XCTAssertEqual(
            ["type", "id", "provenance", "summary"].map { event[$0]?.scalarText },
            ["dead_end", "N02", "git", "Cosine restarts"])
        XCTAssertEqual(root["commits"]?.sequence?.first?["id"]?.scalarText, "0123456")
        let index = try parsed(try texts.text(BundlePaths.sessionIndex))
        XCTAssertEqual(index["sessions"]?.sequence?.map { $0["id"]?.scalarText }, ["2026-01-15_001"])
        // apply changes texts only; writing is the caller's step.
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: texts.root.appendingPathComponent(record(day + "_001")).path))
        XCTAssertEqual(Set(texts.changes.keys), [record("2026-01-15_001"), BundlePaths.sessionIndex])
    }

    func testEventsAppendToTheDaysLastRecordKeepingItsBytes() throws {
        let index = "sessions:\n- id: \"2026-01-15_001\"   # first\n"
        var texts = try texts([
            record("2026-01-15_001"): handEdited, record("2026-01-14_004"): "session:\n  id: x\n",
            BundlePaths.sessionIndex: index,
        ])
        var ledger = SessionLedger()
        XCTAssertEqual(try ledger.target(for: day, texts: &texts).id, "2026-01-15_001")
        XCTAssertEqual(try ledger.target(for: day, texts: &texts).exists, true)
        ledger.log(node: node("N05"), provenance: "user", day: day)
        ledger.log(commit: commit("89abcde"), day: day)
        let changes = try ledger.apply(to: &texts)
        XCTAssertEqual(
            changes,
            [.init(id: "2026-01-15_001", path: record("2026-01-15_001"), created: false, events: 1, commits: 1)])
        let text = try XCTUnwrap(try texts.text(record("2026-01-15_001")))
        // Every hand-written line stays, in order and byte for byte; only lines are added.
        let before = handEdited.split(separator: "\n", omittingEmptySubsequences: false)
        var remaining = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        for line in before {
            guard let found = remaining.firstIndex(of: line) else { return XCTFail("lost line '\(line)' in:\n\(text)") }
            remaining = remaining[(found + 1)...]
        }
        XCTAssertTrue(text.hasPrefix(handEdited.components(separatedBy: "open_threads:")[0]), text)
        let root = try parsed(text)
        XCTAssertEqual(root["events_logged"]?.sequence?.map { $0["id"]?.scalarText }, ["N01", "N05"])
        XCTAssertEqual(root["commits"]?.sequence?.count, 1)
        XCTAssertEqual(root["open_threads"]?.sequence?.count, 1)
        // No record was created, so the index and the other day are untouched.
        XCTAssertEqual(Array(texts.changes.keys), [record("2026-01-15_001")])
    }

    func testARecordThatIsNotAMappingIsSkippedForTheNextNumber() throws {
        var texts = try texts([
            record("2026-01-15_001"): handEdited, record("2026-01-15_009"): "- a list, not a record\n",
            record("2026-01-16_001"): handEdited, "\(SessionLedger.directory)/2026-01-15_notes.txt": "x\n",
        ])
        var ledger = SessionLedger()
        let target = try ledger.target(for: day, texts: &texts)
        XCTAssertEqual(target.id, "2026-01-15_010")
        XCTAssertFalse(target.exists)
        ledger.log(node: node("N03"), provenance: "git", day: day)
        XCTAssertEqual(try ledger.apply(to: &texts).map(\.created), [true])
        XCTAssertEqual(try texts.text(record("2026-01-15_009")), "- a list, not a record\n")
        XCTAssertNotNil(try texts.text(record("2026-01-15_010")))
    }

    func testDaysWithoutRecordsStartAtOneWhateverOtherDaysHold() throws {
        var texts = try texts([record("2026-01-14_007"): handEdited, record("2026-01-16_002"): handEdited])
        var ledger = SessionLedger()
        XCTAssertEqual(try ledger.target(for: day, texts: &texts).id, "2026-01-15_001")
        XCTAssertEqual(try ledger.target(for: day, texts: &texts).exists, false)
    }

    func testEachDayGoesToItsOwnRecordInDayOrder() throws {
        var texts = try texts([record("2026-01-15_001"): handEdited])
        var ledger = SessionLedger()
        ledger.log(node: node("N07"), provenance: "git", day: "2026-01-17")
        ledger.log(node: node("N05"), provenance: "git", day: day)
        ledger.log(commit: commit("1111111"), day: "2026-01-16")
        ledger.log(node: node("N06"), provenance: "git", day: "2026-01-16")
        let changes = try ledger.apply(to: &texts)
        XCTAssertEqual(changes.map(\.id), ["2026-01-15_001", "2026-01-16_001", "2026-01-17_001"])
        XCTAssertEqual(changes.map(\.created), [false, true, true])
        XCTAssertEqual(changes.map(\.events), [1, 1, 1])
        XCTAssertEqual(changes.map(\.commits), [0, 1, 0])
        let index = try parsed(try texts.text(BundlePaths.sessionIndex))
        XCTAssertEqual(
            index["sessions"]?.sequence?.map { $0["id"]?.scalarText }, ["2026-01-16_001", "2026-01-17_001"])
    }

    func testApplyingTwiceAddsNothingTheSecondTime() throws {
        var texts = try texts()
        var ledger = SessionLedger()
        XCTAssertEqual(try ledger.apply(to: &texts), [])
        XCTAssertTrue(texts.changes.isEmpty)
        ledger.log(node: node("N02"), provenance: "git", day: day)
        _ = try ledger.apply(to: &texts)
        let after = texts.changes
        XCTAssertEqual(try ledger.apply(to: &texts), [])
        XCTAssertEqual(texts.changes, after)
    }

    func testALaterApplyInTheSameRunAppendsToTheRecordItCreated() throws {
        var texts = try texts()
        var ledger = SessionLedger()
        ledger.log(node: node("N02"), provenance: "git", day: day)
        _ = try ledger.apply(to: &texts)
        ledger.log(node: node("N03"), provenance: "user", day: day)
        let changes = try ledger.apply(to: &texts)
        XCTAssertEqual(changes.map(\.id), ["2026-01-15_001"])
        XCTAssertEqual(changes.map(\.created), [false])
        let root = try parsed(try texts.text(record("2026-01-15_001")))
        XCTAssertEqual(root["events_logged"]?.sequence?.map { $0["id"]?.scalarText }, ["N02", "N03"])
        let index = try parsed(try texts.text(BundlePaths.sessionIndex))
        XCTAssertEqual(index["sessions"]?.sequence?.count, 1)
    }

    func testCommitsAreListedByIdPrefixOrByTimeAndSubject() throws {
        let listed =
            handEdited + """
                commits:
                - id: "0123456"
                  time: "2026-01-15T10:00:00+01:00"
                  subject: "Try cosine"

                """
        var texts = try texts([record("2026-01-15_001"): listed])
        var ledger = SessionLedger()
        func lists(_ id: String, _ time: String, _ subject: String, _ day: String = "2026-01-15") throws -> Bool {
            try ledger.lists(id: id, time: time, subject: subject, day: day, texts: &texts)
        }
        XCTAssertTrue(try lists(sha, "2026-01-16T00:00:00Z", "Other"))
        // A rebased copy: another id, the same author time and subject.
        XCTAssertTrue(try lists("fedcba9876543210", "2026-01-15T10:00:00+01:00", "Try cosine"))
        XCTAssertFalse(try lists("fedcba9876543210", "2026-01-15T10:00:00+01:00", "Try cosine!"))
        XCTAssertFalse(try lists("fedcba9876543210", "2026-01-15T10:00:01+01:00", "Try cosine"))
        // Another day's records are not searched.
        XCTAssertFalse(try lists(sha, "2026-01-15T10:00:00+01:00", "Try cosine", "2026-01-16"))
    }

    func testShortIdsInRecordsMatchNothing() throws {
        let listed = handEdited + "commits:\n- id: \"012345\"\n  time: \"t\"\n  subject: \"s\"\n"
        var texts = try texts([record("2026-01-15_001"): listed])
        var ledger = SessionLedger()
        XCTAssertFalse(try ledger.lists(id: sha, time: "u", subject: "s", day: day, texts: &texts))
    }

    func testALoggedCommitCountsAsListedForTheRestOfTheRun() throws {
        var texts = try texts([record("2026-01-15_001"): handEdited])
        var ledger = SessionLedger()
        let time = "2026-01-15T11:00:00+01:00"
        XCTAssertFalse(try ledger.lists(id: sha, time: time, subject: "Tune", day: day, texts: &texts))
        ledger.log(commit: commit(String(sha.prefix(7)), time: time, subject: "Tune"), day: day)
        XCTAssertTrue(try ledger.lists(id: sha, time: "other", subject: "other", day: day, texts: &texts))
        XCTAssertTrue(try ledger.lists(id: "ffffffffff", time: time, subject: "Tune", day: day, texts: &texts))
        let changes = try ledger.apply(to: &texts)
        XCTAssertEqual(changes.map(\.commits), [1])
    }
}
