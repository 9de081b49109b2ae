import AraTestSupport
import CYaml
import Foundation
import XCTest
import Yams

@testable import AraCore

/// The writer feeds libyaml's emitter itself; its text must be exactly what
/// serialising through Yams's node tree gave, with the same styles.
final class YAMLWriterTests: XCTestCase {
    /// The writer as it was: a Yams node tree, serialised by Yams.
    private func throughYams(_ node: YAMLNode) throws -> String {
        try Yams.serialize(node: yamsNode(node), indent: 2, width: 100, allowUnicode: true)
    }

    private func yamsNode(_ node: YAMLNode) -> Node {
        func style(_ text: String) -> Node.Scalar.Style {
            Node.Scalar.Style(rawValue: YAMLWriter.style(for: text).rawValue) ?? .any
        }
        switch node.value {
        case .null: return Node("null", Tag(.null))
        case .plain(let text): return Node(text, Tag(.implicit), .plain)
        case .string(let text): return Node(text, Tag(.str), style(text))
        case .sequence(let items): return .sequence(Node.Sequence(items.map(yamsNode), Tag(.seq), .block))
        case .mapping(let entries):
            let pairs = entries.map { (Node($0.key, Tag(.str), style($0.key)), yamsNode($0.value)) }
            return .mapping(Node.Mapping(pairs, Tag(.map), .block))
        }
    }

    func testScalarsOfEveryKindAreWrittenAsYamsWroteThem() throws {
        let long = Array(repeating: "word", count: 40).joined(separator: " ")
        let texts = [
            "", " ", "plain", "two words", long, long + ": colon", "key: value", "# hash", "a #b", "- dash", "'quoted'",
            "\"double\"", " leading", "trailing ", "multi\nline\n", "multi\nline", "trailing space \nline", "\nfirst",
            "tab\there", "control\u{7}", "ünïcödé ✓ 漢字", "2026-03-12", "yes", "0x1F", "1.5", "3f9a2c1", "=", "~",
            "null", "[flow]", "{flow}", "&anchor", "*alias", "!tag", "%directive", "@at", "`tick", "a\r\nb",
            "\u{FEFF}bom",
            String(repeating: "x", count: 300), long + "\n" + long,
        ]
        let values: [YAMLNode] =
            texts.map { YAMLNode(.string($0)) } + [
                YAMLNode(.plain("2017")), YAMLNode(.plain("true")), YAMLNode(.null),
                YAMLNode(.sequence([])), YAMLNode(.mapping([])),
            ]
        let entries = values.enumerated().map { YAMLEntry(key: "k\($0.offset)", value: $0.element) }
        let keyed = texts.filter { !$0.isEmpty }.map { YAMLEntry(key: $0, value: YAMLNode(.string("v"))) }
        let nested = YAMLNode(
            .mapping(
                entries + keyed + [
                    YAMLEntry(key: "list", value: YAMLNode(.sequence(values + [YAMLNode(.mapping(entries))])))
                ]))
        XCTAssertEqual(try YAMLWriter.serialize(nested), try throughYams(nested))
        for value in values { XCTAssertEqual(try YAMLWriter.serialize(value), try throughYams(value)) }
    }

    /// Every YAML file of the corpus bundles and the example, read and written again.
    func testCorpusFilesAreWrittenAsYamsWroteThem() throws {
        var checked = 0
        for (root, path) in try TestSupport.yamlFiles() {
            let text = try TestSupport.text(root.appendingPathComponent(path))
            guard let node = YAMLReader().read(text, path: path).node else { continue }
            XCTAssertEqual(try YAMLWriter.serialize(node), try throughYams(node), path)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 3)
    }
}
