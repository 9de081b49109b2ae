import XCTest

@testable import AraSearch

final class ObjectScanTests: XCTestCase {
    func testMarkdownSectionsSpanToTheNextHeading() {
        let lines = "---\ntitle: x\n---\n# T\nintro\n## C01: One\nbody\n#### deep\n## C02 — Two\n".split(
            separator: "\n", omittingEmptySubsequences: false)
        let objects = MarkdownObjects.objects(path: "logic/claims.md", lines: lines)
        XCTAssertEqual(objects.map(\.id), ["", "", "C01", "C02"])
        XCTAssertEqual(objects.map(\.line), [1, 4, 6, 9])
        XCTAssertEqual(objects[2].lines.count, 3, "a level-4 heading stays inside its section")
        XCTAssertEqual(objects[3].title, "Two")
        XCTAssertEqual(objects[2].kind, .claim)
    }

    func testTreeNodesTakeTheTitleAtTheirOwnIndentation() {
        let text = """
            tree:
              - type: question
                id: "N01"
                children:
                  - id: N02
                    title: child
                title: 'root'
            """
        let objects = YAMLObjects.objects(
            path: "trace/exploration_tree.yaml", lines: text.split(separator: "\n", omittingEmptySubsequences: false))
        XCTAssertEqual(objects.map(\.id), ["N01", "N02"])
        XCTAssertEqual(objects.map(\.kind), [.node, .node])
        XCTAssertEqual(objects[1].title, "child")
        XCTAssertEqual(objects[0].title, "N01", "the root's title is written after its child, outside its span")
    }

    func testKindsFollowIdsAndPaths() {
        XCTAssertEqual(ObjectKinds.kind(ofID: "RW03", path: "logic/related_work.md"), .relatedWork)
        XCTAssertEqual(ObjectKinds.kind(ofID: "", path: "src/configs/training.md"), .config)
        XCTAssertEqual(ObjectKinds.kind(ofID: "", path: "src/environment.md"), .src)
        XCTAssertEqual(ObjectKinds.kind(ofID: "", path: "evidence/tables/t1.md"), .evidence)
        XCTAssertEqual(ObjectKinds.kind(ofID: "", path: "trace/sessions/s1.yaml"), .session)
    }
}

final class IndexScopeTests: XCTestCase {
    func testOnlyTheLayersStructuredFilesAreIndexed() {
        for path in [
            "PAPER.md", "logic/claims.md", "trace/sessions/s.yaml", "src/environment.md", "src/configs/a/b.md",
        ] {
            XCTAssertTrue(IndexScope.indexes(path), path)
        }
        for path in ["src/train.py", "src/eval/prompts/p.md", "evidence/figures/f.png", "logic/data.json"] {
            XCTAssertFalse(IndexScope.indexes(path), path)
        }
        XCTAssertTrue(IndexScope.entersFolder("src/configs/model"))
        XCTAssertFalse(IndexScope.entersFolder("src/eval"))
    }
}
