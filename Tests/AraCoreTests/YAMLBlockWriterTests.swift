import AraTestSupport
import XCTest

@testable import AraCore

/// The block writer must write libyaml's text whenever it writes at all: on
/// every YAML file of the corpus and the examples, on hand-written forms,
/// and on generated trees of awkward scalars.
final class YAMLBlockWriterTests: XCTestCase {
    func testWritesLibyamlsLayout() throws {
        let node = Self.mapping([
            (
                "session",
                Self.mapping([
                    ("id", YAMLNode(.string("2025-01-05_001"))), ("timestamp", YAMLNode(.string("2025-01-05"))),
                ])
            ),
            ("empty", YAMLNode(.mapping([]))), ("none", YAMLNode(.sequence([]))), ("gone", YAMLNode(.null)),
            (
                "commits",
                YAMLNode(
                    .sequence([
                        Self.mapping([
                            ("id", YAMLNode(.string("b2ba3c834637"))),
                            ("subject", YAMLNode(.string("feature-2: step 5"))),
                        ]),
                        YAMLNode(.sequence([YAMLNode(.string("a")), YAMLNode(.string("it's"))])),
                    ]))
            ),
        ])
        let expected = """
            session:
              id: 2025-01-05_001
              timestamp: "2025-01-05"
            empty: {}
            none: []
            gone: null
            commits:
            - id: b2ba3c834637
              subject: 'feature-2: step 5'
            - - a
              - it's

            """
        XCTAssertEqual(YAMLBlockWriter.document(node), expected)
        XCTAssertEqual(try YAMLWriter.emitted(node), expected)
    }

    func testDeclinesWhatLibyamlWritesOtherwise() {
        let declined: [YAMLValue] = [
            .string("two\nlines"), .string("café"), .string("tab\there"), .plain(""),
            .string(String(repeating: "word ", count: 30)),
        ]
        for value in declined {
            XCTAssertNil(YAMLBlockWriter.document(Self.mapping([("key", YAMLNode(value))])), "\(value)")
            XCTAssertNotNil(try? YAMLWriter.serialize(Self.mapping([("key", YAMLNode(value))])), "\(value)")
        }
        XCTAssertNil(YAMLBlockWriter.document(YAMLNode(.string("root scalar"))))
        XCTAssertNil(YAMLBlockWriter.document(YAMLNode(.mapping([]))))
    }

    /// Every collection of every corpus file, written as a document of its own:
    /// whole files mostly hold a line of prose too long or not ASCII.
    func testSameTextAsLibyamlOnTheCorpus() throws {
        var written = 0
        var collections = 0
        for (root, path) in try TestSupport.yamlFiles() {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            guard let node = YAMLFile.parse(text, path: path).file.root else { continue }
            for part in Self.collections(in: node) {
                collections += 1
                if try Self.assertSame(part, name: path) { written += 1 }
            }
        }
        XCTAssertGreaterThan(written, collections / 3, "wrote \(written) of \(collections)")
    }

    func testSameTextAsLibyamlOnGeneratedTrees() throws {
        var generator = SplitMix(seed: 0x5752_4954)
        var written = 0
        for _ in 0..<4_000 {
            let node = Self.tree(depth: 0, using: &generator)
            if try Self.assertSame(node, name: "\(node)") { written += 1 }
        }
        // Trees must exercise the writer, not only its refusals.
        XCTAssertGreaterThan(written, 1_000)
    }

    // MARK: Helpers

    /// Whether the block writer wrote `node`; fails when its text is not libyaml's.
    @discardableResult
    static func assertSame(_ node: YAMLNode, name: String, file: StaticString = #filePath, line: UInt = #line)
        throws -> Bool
    {
        guard let fast = YAMLBlockWriter.document(node) else { return false }
        XCTAssertEqual(fast, try YAMLWriter.emitted(node), name, file: file, line: line)
        return true
    }

    static func collections(in node: YAMLNode) -> [YAMLNode] {
        switch node.value {
        case .mapping(let entries): [node] + entries.flatMap { collections(in: $0.value) }
        case .sequence(let items): [node] + items.flatMap { collections(in: $0) }
        default: []
        }
    }

    static func mapping(_ entries: [(String, YAMLNode)]) -> YAMLNode {
        YAMLNode(.mapping(entries.map { YAMLEntry(key: $0.0, value: $0.1) }))
    }

    /// Scalars at each edge of libyaml's analysis: indicators first, inside
    /// and last, document markers, spaces at the ends, quotes, words that
    /// read as other types, and lengths around the width.
    static let scalars = [
        "plain", "two words", "a: b", "a:b", "a:", ":a", ": a", "-a", "- a", "-", "--", "---", "---x", "...x", "..",
        "?a", "? a", "?", "#a", "a #b", "a#b", "a #", ",a", "a,b", "[a]", "a[0]", "{a}", "a}", "&a", "*a", "!a", "|a",
        ">a", "'a", "a'b", "\"a", "a\"b", "%a", "@a", "`a", "a\\b", " lead", "trail ", "in  side", "null", "true", "~",
        "Yes", "off", "Null", "NULL", "On", "o", "F", "nullish", "yesterday", "Truest", "fa1", "1.5", "0x1F",
        "2025-01-05", "2025-01-05T00:14:54+01:00", "b2ba3c834637", "1e3", "=", "", "it's",
        String(repeating: "x", count: 70), String(repeating: "y ", count: 44), String(repeating: "z", count: 97),
        String(repeating: "w", count: 120),
    ]

    static func scalar(using generator: inout SplitMix) -> YAMLNode {
        let text = scalars[Int(generator.next() % UInt64(scalars.count))]
        switch generator.next() % 8 {
        case 0: return YAMLNode(.plain(text))
        case 1: return YAMLNode(.null)
        default: return YAMLNode(.string(text))
        }
    }

    static func tree(depth: Int, using generator: inout SplitMix) -> YAMLNode {
        let count = Int(generator.next() % 4)
        let kind = depth >= 3 ? 2 : generator.next() % 3
        switch kind {
        case 0:
            return YAMLNode(.sequence((0..<count).map { _ in tree(depth: depth + 1, using: &generator) }))
        case 1:
            return YAMLNode(
                .mapping(
                    (0..<count).map { index in
                        let key = scalars[Int(generator.next() % UInt64(scalars.count))] + (index > 0 ? "\(index)" : "")
                        return YAMLEntry(key: key, value: tree(depth: depth + 1, using: &generator))
                    }))
        default:
            return depth == 0 ? YAMLNode(.sequence([scalar(using: &generator)])) : scalar(using: &generator)
        }
    }
}
