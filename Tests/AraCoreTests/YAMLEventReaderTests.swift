import AraTestSupport
import CYaml
import Foundation
import XCTest
import Yams

@testable import AraCore

/// The event reader must give exactly what composing with Yams gave, values
/// and locations alike, and hand everything else back to Yams.
final class YAMLEventReaderTests: XCTestCase {
    static let samples = [
        "tree:\n  - id: N01\n    title: 'Quoted: yes'\n    year: 2017\n    ratio: 1.5\n    empty:\n    tilde: ~\n",
        "a: \"double \\\"q\\\"\"\nb: |\n  literal\n  block\nc: >\n  folded\n  text\nd: [1, two, {e: f}]\n",
        "key with spaces: value with colon\nurl: http://x.y/z\n'quoted key': null\n2017: number key\n~: tilde key\n",
        "- true\n- no\n- 0x1F\n- 2026-03-12\n- .inf\n- -\n- ''\n-\n",
        "---\nonly: one document\n...\n",
        "",
        "# only a comment\n",
        "plain scalar at the root",
        "nested:\n  - - - deep\n  - {a: [b, {c: d}]}\n",
        "unicode: \"µs — ÷ 𝛼\"\nnfd: cafe\u{301}\n",
    ]

    static let unusual = [
        "a: &x 1\nb: *x\n",  // anchor and alias
        "a: !!str 5\n",  // explicit tag
        "a: 1\na: 2\n",  // repeated key
        "? [complex, key]\n: value\n",  // non-scalar key
        "--- 1\n--- 2\n",  // two documents
        "a: [unclosed\n",  // a syntax error
        "a: *undefined\n",
    ]

    func testEveryDocumentMatchesYams() throws {
        for text in Self.samples { try assertMatches(text, path: "sample.yaml") }
    }

    func testTheUnusualGoToYams() {
        for text in Self.unusual {
            let outcome = YAMLReader.withBytes(text) { bytes in
                YAMLEventReader(path: "x.yaml", lineOffset: 0, maxDepth: 1_000).read(bytes)
            }
            guard case .unusual = outcome else { return XCTFail("read without Yams: \(text)") }
        }
        // And the reader as a whole still reports what Yams reports.
        let (node, diagnostics) = YAMLReader().read("a: 1\na: 2\n", path: "x.yaml")
        XCTAssertNil(node)
        XCTAssertEqual(diagnostics.map(\.code), [.yamlSyntax])
        let alias = YAMLReader().read("a: &x [1, 2]\nb: *x\n", path: "x.yaml").node
        XCTAssertEqual(alias?.mapping?.last?.value.sequence?.count, 2)
    }

    func testNestingPastTheLimitGoesToYams() {
        let text = String(repeating: "[", count: 12) + String(repeating: "]", count: 12)
        let outcome = YAMLReader.withBytes(text) { bytes in
            YAMLEventReader(path: "x.yaml", lineOffset: 0, maxDepth: 10).read(bytes)
        }
        guard case .unusual = outcome else { return XCTFail("nesting past the limit read without Yams") }
    }

    /// The byte filter in front of Yams's resolver changes no answer: for
    /// short texts over the characters that matter, and for forms of every rule.
    func testScalarResolutionMatchesYamsRules() {
        let alphabet = Array("0123456789+-._:~<= \tabexEnNtTfFyYoOsSlLuUrRZq%")
        var texts = alphabet.map { String($0) } + alphabet.flatMap { a in alphabet.map { b in String([a, b]) } }
        texts += [
            "yes", "No", "TRUE", "false", "On", "OFF", "null", "Null", "NULL", "~", "", "<<", "=", "0x1F", "0b101",
            "0o17", "017", "-12_000", "1:30", "1.5e+3", ".inf", "-.Inf", ".NaN", "2026-03-12", "2026-3-1 9:05:00.5 Z",
            "2026-03-12T10:00:00+01:00", "the model", "3 layers", "50-layer", "add", "nan", "Yes please", "0.82",
            "-0.82", "+12.", "12.", ".5", "-.5", "1.2.3", "1..2", "+.", "-", "+", "12.5x", "1_0.5", "0.0", "00.10",
            "noon", "trueish", "Offset", "nullable", "yes!",
        ]
        for text in texts {
            let tag = Resolver.default.resolveTag(of: .scalar(Node.Scalar(text, .implicit, .plain)))
            let expected: YAMLValue =
                text == "=" || tag == .str ? .string(text) : tag == .null ? .null : .plain(text)
            XCTAssertEqual(YAMLReader.value(of: text, plain: true), expected, text.debugDescription)
        }
    }

    /// The writer quotes a one-line string exactly when Yams would read it
    /// back as something other than a string.
    func testTheWriterQuotesWhatYamsWouldMisread() {
        let alphabet = Array("0123456789+-._:~<= abexEnNtTfFyYoOsSlLuUrRZq%")
        var texts = alphabet.flatMap { a in alphabet.map { b in String([a, b]) } }
        texts += [
            "=", "<<", "yes", "Off", "NULL", "0x1F", "1:30", ".inf", "2026-03-12", "2026-03-12T10:00:00Z", "3f9a2c1",
        ]
        for text in texts where !text.isEmpty {
            let misread = Resolver.default.resolveTag(of: Node(text)) != .str
            XCTAssertEqual(
                YAMLWriter.style(for: text) == YAML_DOUBLE_QUOTED_SCALAR_STYLE, misread, text.debugDescription)
        }
    }

    func testLineBreaksAreFoundAsFoundationFindsThem() {
        for text in ["one line", "two\nlines", "crlf\r\nline", "lone\rcr", "\r\n", "\n", "\r", "a\r\nb\nc"] {
            XCTAssertEqual(YAMLWriter.hasLineBreak(text), text.contains("\n"), text.debugDescription)
        }
    }

    /// Every YAML file and front matter of the corpus bundles and the example.
    func testCorpusFilesMatchYams() throws {
        let files = try TestSupport.yamlFiles()
        for (root, path) in files {
            try assertMatches(TestSupport.text(root.appendingPathComponent(path)), path: path, lineOffset: 3)
        }
        XCTAssertGreaterThan(files.count, 3)
    }

    private func assertMatches(_ text: String, path: String, lineOffset: Int = 0, line: UInt = #line) throws {
        let yams = YAMLReader().composedWithYams(text, path: path, lineOffset: lineOffset)
        let outcome = YAMLReader.withBytes(text) { bytes in
            YAMLEventReader(path: path, lineOffset: lineOffset, maxDepth: 1_000).read(bytes)
        }
        switch outcome {
        case .empty:
            XCTAssertNil(yams.node, "\(path): Yams read a node", line: line)
        case .node(let node):
            XCTAssertEqual(yams.diagnostics, [], line: line)
            XCTAssertEqual(Self.dump(node), yams.node.map(Self.dump), "\(path)", line: line)
        case .unusual:
            XCTFail("\(path): left to Yams", line: line)
        }
    }

    /// Values, kinds and every location, which `==` on nodes leaves out.
    static func dump(_ node: YAMLNode) -> String {
        let at = "@\(node.location.line):\(node.location.column)"
        switch node.value {
        case .string(let text): return "s\(at)\(text.debugDescription)"
        case .plain(let text): return "p\(at)\(text.debugDescription)"
        case .null: return "null\(at)"
        case .sequence(let items): return "[\(at) " + items.map(dump).joined(separator: ", ") + "]"
        case .mapping(let entries):
            let shown = entries.map { entry in
                let key = entry.keyOrigin.map { "@\($0.location.line):\($0.location.column)" } ?? "@?"
                return "\(entry.key.debugDescription)\(key): \(dump(entry.value))"
            }
            return "{\(at) " + shown.joined(separator: ", ") + "}"
        }
    }
}
