import AraCore
import AraReview
import AraSearch
import AraTestSupport
import Foundation
import MCP
import XCTest

@testable import AraMCP

/// The server writes tool answers into the SDK's responses itself (issue 20,
/// item 2: a review's 200,000 findings went through three trees and passed
/// 1 GB). What reaches the client must be byte for byte what the SDK wrote.
final class SplicedAnswerTests: XCTestCase {
    let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    func testEveryToolAnswerIsWrittenAsTheSDKWouldWriteIt() throws {
        let root = try TestSupport.copy(
            TestSupport.repositoryRoot.appendingPathComponent("examples/tiny-sort"), in: self)
        let bundles = try ServedBundles(paths: [root.path])
        let registry = ToolRegistry.standard(
            cache: IndexCache(directory: try TestSupport.temporaryDirectory(self).path), allowWrite: false)
        let calls: [(String, [String: Value])] = [
            ("list_bundles", [:]), ("read", [:]), ("read", ["target": "C01"]), ("read", ["target": "Table 1"]),
            ("search", ["query": "insertion"]), ("review", [:]), ("pending", [:]), ("trace_path", ["node": "N03"]),
            ("evidence_for", ["claim": "C01"]),
        ]
        let answers = SplicedAnswers()
        for (name, arguments) in calls {
            guard case .success(let output) = registry.run(name, arguments: arguments, bundles: bundles) else {
                return XCTFail("\(name) \(arguments) failed")
            }
            let expected = try encoder.encode(
                Response<CallTool>(id: 7, result: ToolRegistry.result(output, tool: name)))
            let placeholders = try encoder.encode(
                Response<CallTool>(id: 7, result: answers.result(for: output, tool: name)))
            XCTAssertEqual(
                String(decoding: answers.pieces(of: placeholders).reduce(Data(), +), as: UTF8.self),
                String(decoding: expected, as: UTF8.self), "\(name) \(arguments)")
        }
        XCTAssertEqual(answers.pieces(of: Data("{\"id\":1}".utf8)), [Data("{\"id\":1}".utf8)], "no answer waits")
    }

    /// The review answer, written record by record, is what `JSONEncoder` wrote of it.
    func testTheReviewAnswerIsWhatJSONEncoderWrites() throws {
        struct Answer: Encodable {
            var bundle: String
            var findings: [FindingRecord]
        }
        let rule = RuleDescription(
            code: "ZZ001", name: "t", severity: .error, summary: "s", why: "w", example: "e", howToFix: "h")
        let findings = [
            Finding(rule, at: SourceLocation(path: "logic/claims.md", line: 3, column: 1), "a \"quoted\" µs/÷\n"),
            Finding(rule, at: SourceLocation(path: "trace/x.yaml", line: 0, column: 0), "tab\there", entity: "N01"),
        ]
        for list in [findings, []] {
            XCTAssertEqual(
                ReviewTool.answer(bundle: "b/ü", findings: list),
                String(
                    decoding: try encoder.encode(Answer(bundle: "b/ü", findings: list.map(FindingRecord.init))),
                    as: UTF8.self))
        }
    }
}
