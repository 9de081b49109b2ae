import AraTestSupport
import XCTest

@testable import AraCore

/// The block reader must give libyaml's nodes and marks whenever it reads a
/// text at all: on every YAML file of the corpus and the examples, on
/// hand-written forms, and on thousands of mutations of them.
final class YAMLBlockReaderTests: XCTestCase {
    func testReadsTheFormsBundlesUse() throws {
        for text in Self.plainForms {
            XCTAssertNotNil(Self.fast(text), "declined: \(text.debugDescription)")
            try Self.assertSame(text)
        }
    }

    func testDeclinesWhatItDoesNotRead() {
        for text in Self.declined {
            XCTAssertNil(Self.fast(text), "read: \(text.debugDescription)")
        }
    }

    func testSameNodesAsLibyamlOnTheCorpus() throws {
        var read = 0
        let files = try TestSupport.yamlFiles()
        for (root, path) in files {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            try Self.assertSame(text, name: path)
            if Self.fast(text) != nil { read += 1 }
        }
        // The point of the reader: bundle files do not fall back to libyaml.
        XCTAssertGreaterThan(read * 10, files.count * 8, "read \(read) of \(files.count)")
    }

    func testSameNodesAsLibyamlOnMutations() throws {
        var sources = Self.plainForms
        for (root, path) in try TestSupport.yamlFiles().prefix(12) {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            sources.append(String(text.prefix(6_000)))
        }
        var generator = SplitMix(seed: 0x4241_4C59)
        var readMutants = 0
        for index in 0..<10_000 {
            let source = sources[index % sources.count]
            let mutant = Self.mutate(source, using: &generator)
            try Self.assertSame(mutant)
            if Self.fast(mutant) != nil { readMutants += 1 }
        }
        // Mutants must exercise the reader, not only its refusals.
        XCTAssertGreaterThan(readMutants, 2_500)
    }

    /// Nesting just under the limit is read on any thread (each collection
    /// is a few frames of recursion) and agrees with libyaml; at the limit
    /// the block reader leaves the text to libyaml.
    func testDeepNestingOnEveryCore() throws {
        let depth = ReadLimits.default.maxYAMLDepth
        let nested = { @Sendable (levels: Int) in
            (0..<levels).map { String(repeating: "  ", count: $0) + "k:" }.joined(separator: "\n") + " v\n"
        }
        let results = ParallelMap.map([depth - 1, depth - 1, depth + 1, depth + 1]) { levels in
            Self.fast(nested(levels), maxDepth: depth) != nil
        }
        XCTAssertEqual(results, [true, true, false, false])
        XCTAssertNotNil(Self.fast(nested(depth - 1), maxDepth: depth))
        try Self.assertSame(nested(depth - 1), maxDepth: depth)
    }

    // MARK: Helpers

    static func fast(_ text: String, maxDepth: Int = 64) -> YAMLNode? {
        YAMLReader.withBytes(text) { YAMLBlockReader(path: "f.yaml", lineOffset: 2, maxDepth: maxDepth).read($0) }
    }

    static func assertSame(
        _ text: String, name: String? = nil, maxDepth: Int = 64, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        guard let fast = fast(text, maxDepth: maxDepth) else { return }
        let slow = YAMLReader.withBytes(text) {
            YAMLEventReader(path: "f.yaml", lineOffset: 2, maxDepth: maxDepth).read($0)
        }
        guard case .node(let expected) = slow else {
            XCTFail(
                "libyaml did not read what the block reader read: \(name ?? text.debugDescription)", file: file,
                line: line)
            return
        }
        XCTAssertEqual(
            fast.debugDescription, expected.debugDescription, name ?? text.debugDescription, file: file, line: line)
    }

    /// One to three edits of the kinds that move text across the reader's edges.
    static func mutate(_ text: String, using generator: inout SplitMix) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return text }
        for _ in 0...Int(generator.next() % 3) {
            let row = Int(generator.next() % UInt64(lines.count))
            let fragment = fragments[Int(generator.next() % UInt64(fragments.count))]
            var line = Array(lines[row])
            let column = line.isEmpty ? 0 : Int(generator.next() % UInt64(line.count + 1))
            switch generator.next() % 6 {
            case 0: line.insert(contentsOf: fragment, at: column)
            case 1: if column < line.count { line.remove(at: column) }
            case 2: lines.insert(lines[row], at: row)
            case 3: line = Array(String(repeating: " ", count: Int(generator.next() % 3))) + line
            case 4: if line.first == " " { line.removeFirst() }
            default: lines.insert(String(repeating: " ", count: Int(generator.next() % 6)) + fragment, at: row)
            }
            lines[row] = String(line)
        }
        return lines.joined(separator: "\n")
    }

    static let fragments = [
        ": ", " #", "#", "'", "\"", "\\\"", "\\\\", "\\n", "[", "]", ",", "- ", "-", "  ", "é", "中", ">", "|", ">-",
        "|+", "&a ", "*a", "!t ", "? ", "%", "{", "}", "---", "...", "key: value", "- item", "''", "~", "null",
        "2017", "1.5", "true", "\t", "👩‍👩‍👧", ":", "x: [a, b]", "\u{2028}", "\u{85}",
    ]

    static let plainForms = [
        "a: 1\nb: two\n", "tree:\n  - id: N01\n    type: decision\n    title: \"Select two\"\n",
        "list:\n- a\n- b\nnext: x\n", "k: >\n  folded line\n  and more\n\n  new para\nz: 1\n",
        "k: |\n  literal\n    indented\n\n  end\n", "k: >-\n  stripped\n", "k: |-\n  s\n\nz: 2",
        "flow: [a, \"b c\", 'd''e', 1.5, true]\nempty: []\n", "q: 'it''s'\nd: \"say \\\"hi\\\" \\\\ ok\"\n",
        "- a: 1\n  b: [x]\n- c\n- d: |\n    text\n", "# head\n\na: 1 # note\nb:\nc: ~\n", "é: ü\nkey é: \"中文\" # c\n",
        "nested:\n  deeper:\n    deepest:\n      - 1\n      - 2\n", "url: https://x.org/a:b\ntime: 12:30\n",
        "a:\n  - x\n  -   y\nb: -0.5\n", "k: >\n  ends without newline", "seq:\n- k: v\n  l:\n  - z\n",
        "k: >\n  a\n    more\n  b\n\n    indented after empty\n  c\n  d\n", "k: |\n  a\n\n\n    b\n",
        "f: [a, \"b\",\n     'c']\ng: [\n  x,\n  y\n  ]\n", "- [a,\n   b]\n- c\n",
    ]

    static let declined = [
        "a: 1\na: 2\n", "a:\tb\n", "a: b\r\n", "--- \na: 1\n", "a: &x 1\nb: *x\n", "a: !t 1\n", "a: {b: c}\n",
        "a: \"multi\n  line\"\n", "a: plain\n  continued\n", "a: \"\\t\"\n", "a: |+\n  keep\n", "a: >2\n  x\n",
        "- - nested\n", "-\n  a: 1\n", "? complex\n: key\n", "a: b: c\n", "plain scalar\n", "[a, b]\n",
        "a: [x, [y]]\n", "a: [x,\ny]\n", "a: [x\n  y]\n", "a: [x,\n\n  y]\n", "a: [x, ]\n", "a: x\n  - y\n",
        "a: >\n   more\n  less\n", "a: >\n  x\n   \n  y\n",
    ]
}
