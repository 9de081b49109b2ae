import AraGit
import Foundation
import XCTest

/// A commit's subject is its first line trimmed of spaces as Foundation's
/// `.whitespaces` trims it, with or without the fast path.
final class GitCommitSubjectTests: XCTestCase {
    func testSubjectsMatchFoundationTrimming() {
        let signature = GitSignature(name: "A", email: "a@x", time: 0, offsetMinutes: 0)
        let messages = [
            "Add the sweep\n\nBody", "  leading spaces", "trailing tab\t\nbody", "\u{00A0}no-break space\u{2003}",
            "é accents at both ends é", "", "\n", "x", " ", "line\r\nwith CR",
        ]
        for message in messages {
            let commit = GitCommit(id: "0", parents: [], author: signature, committer: signature, message: message)
            // Up to the first line feed byte (a CRLF's CR stays, as git leaves it).
            let firstLine = String(decoding: message.utf8.prefix { $0 != 0x0A }, as: UTF8.self)
            XCTAssertEqual(commit.subject, firstLine.trimmingCharacters(in: .whitespaces), message.debugDescription)
        }
    }
}
