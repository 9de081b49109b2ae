import AraCore
import AraTestSupport
import Foundation
import XCTest

/// The reader under the inputs of issue 12: line ends cmark counts
/// differently, long dependency chains, costly Markdown, large and deep trees.
final class ReliabilityTests: XCTestCase {
    func testLoneCarriageReturnsAreLineEnds() throws {
        let text = "# Claims\r\r## C01: T\r- **Statement**: s\r\r## C02: U\r\n- **Statement**: t\r"
        let result = try TestSupport.read(try TestSupport.bundle(["logic/claims.md": text], in: self))
        XCTAssertEqual(result.diagnostics.map(\.code), [.crlfLineEndings])
        XCTAssertEqual(result.diagnostics.first?.location.line, 1)
        XCTAssertEqual(result.bundle.claims.map(\.id), ["C01", "C02"])
        XCTAssertEqual(result.bundle.claims.map(\.statement), ["s", "t"])
        XCTAssertEqual(result.bundle.claims.map(\.location.line), [3, 6])
    }

    func testDoubleCarriageReturnDoesNotCrashTheReader() throws {
        let result = try TestSupport.read(try TestSupport.bundle(["logic/claims.md": "a\r\rb"], in: self))
        XCTAssertEqual(result.diagnostics.map(\.code), [.crlfLineEndings])
        let preamble = result.bundle.documents["logic/claims.md"]?.preamble ?? []
        XCTAssertEqual(
            preamble,
            [
                .text(
                    MarkdownText(
                        text: "a\n\nb", origin: Origin(SourceLocation(path: "logic/claims.md", line: 1, column: 1))))
            ])
    }
}

/// Limits that name what they limit and admit what real data needs (issue 12,
/// items 3 and 9); each is checked at a scaled-down limit where that keeps the
/// test fast, and at the real one where the size matters.
final class ReadLimitTests: XCTestCase {
    func tree(nodes: Int, depth: Int = 1) -> String {
        var text = "tree:\n"
        var indent = ""
        for level in 0..<depth {
            text += "\(indent)- id: N\(level)\n\(indent)  type: question\n\(indent)  title: q\(level)\n"
            if level < depth - 1 { text += "\(indent)  children:\n" }
            indent += "  "
        }
        for number in depth..<max(depth, nodes) { text += "- id: N\(number)\n  type: question\n  title: q\(number)\n" }
        return text
    }

    func testAPlainTreeTheSizeCapAdmitsIsRead() throws {
        // 150,000 nodes in 7 MB: refused before as an "alias bomb".
        let text = tree(nodes: 150_000)
        XCTAssertLessThan(text.utf8.count, ReadLimits.default.maxFileBytes)
        let result = try TestSupport.read(try TestSupport.bundle(["trace/exploration_tree.yaml": text], in: self))
        XCTAssertEqual(result.diagnostics.map(\.code), [])
        XCTAssertEqual(result.bundle.tree?.allNodes.count, 150_000)
    }

    func testA256LevelTreeIsReadAndA600LevelOneNamesTheDepthLimit() throws {
        let deep = try TestSupport.read(
            try TestSupport.bundle(["trace/exploration_tree.yaml": tree(nodes: 0, depth: 256)], in: self))
        XCTAssertEqual(deep.diagnostics.map(\.code), [])
        XCTAssertEqual(deep.bundle.tree?.allNodes.count, 256)
        let tooDeep = try TestSupport.read(
            try TestSupport.bundle(["trace/exploration_tree.yaml": tree(nodes: 0, depth: 600)], in: self))
        XCTAssertEqual(tooDeep.diagnostics.map(\.code), [.yamlTooDeep])
        XCTAssertTrue(tooDeep.diagnostics.first?.message.contains("deeper than 1000 levels") ?? false)
    }

    func testAliasesAreCountedApartFromWrittenNodes() throws {
        let limits = ReadLimits(maxYAMLNodes: 1_000, maxYAMLAliasNodes: 100)
        // 300 written nodes, no alias: within both limits.
        let plain = try BundleReader(limits: limits).read(
            at: try TestSupport.bundle(["trace/exploration_tree.yaml": tree(nodes: 40)], in: self))
        XCTAssertEqual(plain.diagnostics.map(\.code), [])
        // A few written nodes that aliases expand past the alias limit.
        let bomb =
            "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\ntree: [*b, *b]\n"
        let expanded = try BundleReader(limits: limits).read(
            at: try TestSupport.bundle(["trace/exploration_tree.yaml": bomb], in: self))
        XCTAssertEqual(expanded.diagnostics.map(\.code), [.yamlAliasBudget])
        XCTAssertTrue(expanded.diagnostics.first?.message.contains("aliases expand to more than 100") ?? false)
        // Written nodes past their own limit: refused before libyaml builds them, and said so.
        let many = try BundleReader(limits: limits).read(
            at: try TestSupport.bundle(["trace/exploration_tree.yaml": tree(nodes: 400)], in: self))
        XCTAssertEqual(many.diagnostics.map(\.code), [.yamlTooManyNodes])
        XCTAssertTrue(many.diagnostics.first?.message.contains("more than the limit of 1000") ?? false)
    }

    func testCostlyMarkdownIsRefusedByItsMarks() throws {
        let limits = ReadLimits(maxMarkdownMarks: 1_000)
        for text in [
            String(repeating: "[a](", count: 400), String(repeating: "| 1 | 2 |\n", count: 300),
            String(repeating: "*_`", count: 400),
        ] {
            let result = try BundleReader(limits: limits).read(
                at: try TestSupport.bundle(["logic/claims.md": text], in: self))
            XCTAssertEqual(result.diagnostics.map(\.code), [.markdownTooComplex])
            XCTAssertNil(result.bundle.documents["logic/claims.md"])
        }
        // Ordinary prose of the same length is read.
        let prose = try BundleReader(limits: limits).read(
            at: try TestSupport.bundle(
                ["logic/claims.md": "# Claims\n\n" + String(repeating: "word ", count: 1_000)], in: self))
        XCTAssertEqual(prose.diagnostics.map(\.code), [])
    }

    func testTheBundleBudgetReadsCoreFilesFirstAndSaysWhatItLeft() throws {
        // Each file alone is within its limits; together they pass the budget.
        let limits = ReadLimits(maxMarkdownMarks: 10_000, maxBundleCost: 5_000_000)
        let bulky = String(repeating: "[a](", count: 2_000)
        let root = try TestSupport.bundle(
            [
                "evidence/a.md": bulky, "evidence/b.md": bulky,
                "logic/claims.md": "# Claims\n\n## C01: T\n- **Statement**: s\n" + bulky,
            ], in: self)
        let result = try BundleReader(limits: limits).read(at: root)
        XCTAssertEqual(result.diagnostics.map(\.code), [.bundleReadBudget])
        XCTAssertEqual(result.diagnostics.first?.location.path, "evidence/b.md")
        XCTAssertEqual(result.bundle.claims.map(\.id), ["C01"])
        XCTAssertNotNil(result.bundle.documents["evidence/a.md"])
    }
}
