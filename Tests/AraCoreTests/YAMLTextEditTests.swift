import AraCore
import XCTest

final class YAMLTextEditTests: XCTestCase {
    private let item = YAMLNode(.mapping([YAMLEntry(key: "id", value: YAMLNode(.string("O02")))]))

    private func append(_ text: String, at path: [YAMLTextEdit.Step] = [.key("observations")]) throws -> String {
        try YAMLTextEdit.apply(.items([item]), at: path, in: text, file: "f.yaml")
    }

    func testAppendsAfterTheLastItemInEitherIndentStyle() throws {
        XCTAssertEqual(
            try append("observations:\n- id: O01\n  content: a\n"),
            "observations:\n- id: O01\n  content: a\n- id: O02\n")
        XCTAssertEqual(
            try append("observations:\n  - id: O01\n    content: |\n      two\n      lines\n\n# trailing comment\n"),
            "observations:\n  - id: O01\n    content: |\n      two\n      lines\n  - id: O02\n\n# trailing comment\n")
        XCTAssertEqual(
            try append("observations:\n- id: O01\nother: 1\n"), "observations:\n- id: O01\n- id: O02\nother: 1\n")
    }

    func testFillsEmptyNullAndMissingLists() throws {
        XCTAssertEqual(try append("observations: []\n"), "observations:\n- id: O02\n")
        XCTAssertEqual(try append("# header\nobservations:\n"), "# header\nobservations:\n- id: O02\n")
        XCTAssertEqual(try append("other: 1\n"), "other: 1\nobservations:\n- id: O02\n")
    }

    func testNestedPathsAndSet() throws {
        let tree = "tree:\n- id: N01\n  children:\n  - id: N02\n    title: x\n- id: N03\n"
        XCTAssertEqual(
            try YAMLTextEdit.apply(
                .items([item]), at: [.key("tree"), .index(0), .key("children"), .index(0), .key("children")], in: tree,
                file: "t.yaml"),
            "tree:\n- id: N01\n  children:\n  - id: N02\n    title: x\n    children:\n    - id: O02\n- id: N03\n")
        let staged = "observations:\n- id: O01\n  promoted: false  # not yet\n  content: a\n"
        let set = try YAMLTextEdit.set(
            "promoted", to: YAMLNode(.plain("true")), inMappingAt: [.key("observations"), .index(0)], in: staged,
            file: "o.yaml")
        XCTAssertEqual(set, "observations:\n- id: O01\n  promoted: true\n  content: a\n")
        let added = try YAMLTextEdit.set(
            "promoted_to", to: YAMLNode(.string("C01")), inMappingAt: [.key("observations"), .index(0)], in: set,
            file: "o.yaml")
        XCTAssertEqual(added, "observations:\n- id: O01\n  promoted: true\n  content: a\n  promoted_to: C01\n")
    }

    func testRefusesWhatItCannotDoInPlace() {
        XCTAssertThrowsError(try append("observations: [{id: O01}]\n")) { error in
            XCTAssertTrue("\(error)".contains("f.yaml:"), "\(error)")
        }
        XCTAssertThrowsError(try append("observations: {a: 1}\n"))
        XCTAssertThrowsError(try append("observations:\n- [unclosed\n"))
    }
}

final class YAMLWriterStyleTests: XCTestCase {
    /// The writer's shortcuts past the resolver must quote exactly what it would.
    func testShortcutsAgreeWithTheResolver() throws {
        for text in [
            "2026-01-05", "2026-01-05T11:00:00+01:00", "2026-01-05T11:00:00Z", "3f2db451cbee", "1e5", "0x1f", "12",
            "e5a", "fab", "Work 12", "yes", "~", "-", ".5", "2026-1-5",
        ] {
            let yaml = try YAMLWriter.serialize(
                YAMLNode(.mapping([YAMLEntry(key: "k", value: YAMLNode(.string(text)))])))
            let back = YAMLReader().read(yaml, path: "t.yaml").node?["k"]
            XCTAssertEqual(back?.value, .string(text), "\(text) written as \(yaml)")
        }
    }
}
