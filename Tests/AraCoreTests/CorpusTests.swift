import AraCore
import AraTestSupport
import Foundation
import XCTest

/// The four real bundles: no crash, exact counts (verified by hand, see the
/// issue notes), and the read → write → read fixed point.
final class CorpusTests: XCTestCase {
    struct Expected {
        let counts: BundleSummary.Counts
        let title: String
        let authors: Int
        let layers: [String]
    }

    static let expected: [String: Expected] = [
        "minimal-artifact": Expected(
            counts: .init(
                claims: 2, experiments: 0, concepts: 0, heuristics: 0, relatedWork: 0, nodes: 3, deadEnds: 0,
                sessions: 0, observations: 0, evidenceFiles: 0),
            title: "Example Paper: Attention Is All You Need", authors: 8, layers: ["logic", "trace"]),
        "resnet-ara-example": Expected(
            counts: .init(
                claims: 8, experiments: 6, concepts: 8, heuristics: 6, relatedWork: 12, nodes: 15, deadEnds: 3,
                sessions: 0, observations: 0, evidenceFiles: 13),
            title: "Deep Residual Learning for Image Recognition", authors: 4,
            layers: ["logic", "src", "trace", "evidence"]),
        "the-ara-of-ara": Expected(
            counts: .init(
                claims: 16, experiments: 6, concepts: 0, heuristics: 23, relatedWork: 19, nodes: 116, deadEnds: 21,
                sessions: 41, observations: 93, evidenceFiles: 0),
            title: "Agent-Native Research Artifacts", authors: 2,
            layers: ["logic", "src", "trace", "evidence", "staging"]),
        "nanogpt_ara": Expected(
            counts: .init(
                claims: 12, experiments: 16, concepts: 31, heuristics: 0, relatedWork: 15, nodes: 51, deadEnds: 15,
                sessions: 0, observations: 0, evidenceFiles: 13),
            title: "Codex Autonomous Speedrun — Optimizer Search on track_3_optimization (v1 · novelty · v2 · v3)",
            authors: 2, layers: ["logic", "src", "trace", "evidence"]),
    ]

    func testEveryCorpusBundleReadsWithExactCounts() throws {
        let corpus = try TestSupport.requireCorpus()
        for (name, expected) in Self.expected {
            let result = try TestSupport.read(corpus.appendingPathComponent(name))
            let summary = BundleSummary(bundlePath: name, result: result)
            XCTAssertEqual(summary.counts, expected.counts, name)
            XCTAssertEqual(summary.title, expected.title, name)
            XCTAssertEqual(summary.authors.count, expected.authors, name)
            XCTAssertEqual(summary.layers, expected.layers, name)
            XCTAssertFalse(result.diagnostics.contains { $0.severity == .error }, "\(name): \(result.diagnostics)")
        }
    }

    func testReadWriteReadIsAFixedPoint() throws {
        let corpus = try TestSupport.requireCorpus()
        for name in Self.expected.keys.sorted() {
            let original = try TestSupport.read(corpus.appendingPathComponent(name)).bundle
            let copy = try TestSupport.copy(corpus.appendingPathComponent(name), in: self)
            let writer = BundleWriter()
            try writer.write(original, to: copy)
            let reread = try TestSupport.read(copy).bundle
            assertEqualBundles(original, reread, name)
            // Writing the canonical form again changes no byte.
            let first = try writer.render(reread)
            try writer.write(reread, to: copy)
            let second = try writer.render(try TestSupport.read(copy).bundle)
            XCTAssertEqual(first, second, "\(name): canonical form is not stable")
            for (path, text) in first {
                XCTAssertEqual(
                    try String(contentsOf: copy.appendingPathComponent(path), encoding: .utf8), text, "\(name)/\(path)")
            }
        }
    }

    /// Equality with a pointed message naming the first differing file.
    func assertEqualBundles(
        _ lhs: AraBundle, _ rhs: AraBundle, _ name: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        if lhs == rhs { return }
        for path in Set(lhs.documents.keys).union(rhs.documents.keys).sorted()
        where lhs.documents[path] != rhs.documents[path] {
            let left = lhs.documents[path]
            let right = rhs.documents[path]
            let index = Array(zip(left?.sections ?? [], right?.sections ?? [])).firstIndex { $0.0 != $0.1 }
            XCTFail(
                "\(name)/\(path) differs after write; first differing section: "
                    + "\(index.map { String(describing: left!.sections[$0]) } ?? "preamble or count")\nvs\n"
                    + "\(index.map { String(describing: right!.sections[$0]) } ?? "")", file: file, line: line)
            return
        }
        XCTAssertEqual(lhs.tree, rhs.tree, "\(name): tree differs", file: file, line: line)
        for path in Set(lhs.yamlFiles.keys).union(rhs.yamlFiles.keys).sorted()
        where lhs.yamlFiles[path] != rhs.yamlFiles[path] {
            XCTFail("\(name)/\(path) differs after write", file: file, line: line)
        }
        XCTAssertEqual(lhs.assets, rhs.assets, name, file: file, line: line)
        XCTAssertEqual(lhs.evidenceTables, rhs.evidenceTables, name, file: file, line: line)
    }
}
