import AraCore
import AraTestSupport
import Foundation
import XCTest

@testable import AraCapture

/// The exploration tree as capture sees it (SPEC.md §10.3, §10.5): ids,
/// parents, where new nodes go, and appending them without rewriting a byte.
final class TreeStateTests: XCTestCase {
    private static let shaA = String(repeating: "a", count: 40)
    private static let shaB = String(repeating: "b", count: 40)
    private static let shaC = String(repeating: "c", count: 40)

    /// A pivot over a question over an experiment over two dead ends, a
    /// decision, a root without id holding N07, and a second root.
    private static let handWritten = """
        # Hand-written tree. Keep this comment.
        tree:
        - id: N01
          type: pivot
          title: "Start"
          children:
          - id: N02
            type: question
            title: "Does warmup matter?"   # asked first
            source_refs:
            - "git:\(shaA)"
            children:
            - id: N03
              type: experiment
              title: "Cosine"
              source_refs:
              - "git:\(shaA)"
              - "git:\(shaB)"
              - "git:abc1234"
              children:
              - id: N04
                type: dead_end
                title: "Restarts"
                source_refs:
                - "git:refs/heads/restarts"
                - "git:\(shaC)"
                children:
                - id: N05
                  type: dead_end
                  title: "Restarts again"
          - id: N06
            type: decision
            title: "Keep AdamW"
        - type: question
          title: "A node without id"
          children:
          - id: N07
            type: experiment
            title: "Orphan"
        - id: N08
          type: question
          title: "Second root"

        """

    private func state(_ tree: String? = handWritten) throws -> TreeState {
        let root = try TestSupport.bundle(tree.map { [BundlePaths.tree: $0] } ?? [:], in: self)
        var texts = try BundleTexts(root: root, lockingFor: nil)
        return try TreeState(texts: &texts)
    }

    /// Each node id with its parent id, from a tree's text.
    private func parents(_ text: String) throws -> [String: String] {
        let tree = try XCTUnwrap(ExplorationTree.parse(text).tree, text)
        var result: [String: String] = [:]
        func walk(_ node: TreeNode, _ parent: String) {
            if let id = node.id { result[id] = parent }
            for child in node.children { walk(child, node.id ?? "-") }
        }
        for root in tree.roots { walk(root, "") }
        return result
    }

    func testRegisterIndexesIdsTypesParentsAndRoots() throws {
        let tree = try state()
        XCTAssertEqual(tree.roots, ["N01", "N08"])
        for id in ["N01", "N03", "N05", "N07", "N08"] { XCTAssertTrue(tree.contains(id), id) }
        XCTAssertFalse(tree.contains("N09"))
        XCTAssertEqual(tree.type(of: "N04"), .deadEnd)
        XCTAssertEqual(tree.type(of: "N06"), .decision)
        XCTAssertEqual(tree.sourceRefs.map(\.id), ["N01", "N02", "N03", "N04", "N05", "N06", "N07", "N08"])
        XCTAssertEqual(tree.sourceRefs[2].refs, ["git:\(Self.shaA)", "git:\(Self.shaB)", "git:abc1234"])
        XCTAssertEqual(tree.lastNode, "N08")
    }

    func testAChildOfANodeWithoutIdHangsFromTheNearestIdAbove() throws {
        let tree = try state(
            """
            tree:
            - id: N01
              type: question
              children:
              - type: other
                children:
                - id: N02
                  type: experiment

            """)
        XCTAssertEqual(tree.roots, ["N01"])
        XCTAssertEqual(tree.holder(for: .experiment, after: "N02"), "N01")
    }

    func testCommitsMapToTheFirstNodeMadeFromThem() throws {
        var tree = try state()
        // shaA is in N02 and N03: the first wins. A short ref and a branch dead end's tip map to nothing.
        XCTAssertEqual(tree.nodeByCommit, [Self.shaA: "N02", Self.shaB: "N03"])
        tree.alias(Self.shaC, to: "N03")
        tree.alias(Self.shaA, to: "N03")
        XCTAssertEqual(tree.nodeByCommit, [Self.shaA: "N02", Self.shaB: "N03", Self.shaC: "N03"])
    }

    func testIdsAreNumberedAfterTheHighestInItsWidth() throws {
        XCTAssertEqual(TreeState.number(of: "N07"), 7)
        XCTAssertEqual(TreeState.number(of: "N0100"), 100)
        for id in ["X07", "N", "Nx", "n07", "N07a", ""] { XCTAssertNil(TreeState.number(of: id), id) }
        var tree = try state()
        XCTAssertEqual([tree.nextID(), tree.nextID()], ["N09", "N10"])
        XCTAssertEqual(tree.lastNode, "N10")
        // Width follows the highest id, never narrower than two digits.
        var wide = try state("tree:\n- id: N5\n  type: question\n- id: N0099\n  type: question\n")
        XCTAssertEqual(wide.nextID(), "N0100")
        var narrow = try state("tree:\n- id: N1\n  type: question\n- id: N3\n  type: question\n")
        XCTAssertEqual(narrow.nextID(), "N04")
        var empty = try state(nil)
        XCTAssertEqual(empty.nextID(), "N01")
        XCTAssertNil(try state(nil).lastNode)
    }

    func testDeadEndsHandTheirChildrenToTheNearestLiveAncestor() throws {
        let tree = try state()
        XCTAssertEqual(tree.standIn(for: "N05"), "N03")
        XCTAssertEqual(tree.standIn(for: "N04"), "N03")
        XCTAssertEqual(tree.standIn(for: "N03"), "N03")
        XCTAssertEqual(tree.standIn(for: "N99"), "N99")
        XCTAssertNil(tree.standIn(for: nil))
    }

    func testHolderIsTheNearestAncestorThatRanksAbove() throws {
        let tree = try state()
        XCTAssertEqual(tree.holder(for: .experiment, after: "N03"), "N02")
        XCTAssertEqual(tree.holder(for: .decision, after: "N05"), "N02")
        XCTAssertEqual(tree.holder(for: .question, after: "N03"), "N01")
        XCTAssertEqual(tree.holder(for: .deadEnd, after: "N03"), "N03")
        XCTAssertEqual(tree.holder(for: .experiment, after: "N08"), "N08")
        XCTAssertNil(tree.holder(for: .pivot, after: "N03"))
        XCTAssertNil(tree.holder(for: .experiment, after: "N07"), "N07 has no parent id")
        XCTAssertNil(tree.holder(for: .experiment, after: nil))
    }

    func testRanks() {
        let types: [NodeType?] = [.pivot, .question, .experiment, .decision, .other("insight"), nil, .deadEnd]
        XCTAssertEqual(types.map(TreeState.rank), [1, 2, 3, 3, 3, 3, 4])
    }

    func testAddedNodesAreAppendedInPlaceKeepingEveryLine() throws {
        var tree = try state()
        tree.add(TreeNode(id: "N09", type: .experiment, title: "Linear warmup"), under: "N02")
        tree.add(TreeNode(id: "N10", type: .deadEnd, title: "No warmup"), under: "N09")
        tree.add(TreeNode(id: "N11", type: .question, title: "Does batch size matter?"), under: nil)
        tree.add(TreeNode(id: "N12", type: .decision, title: "Keep cosine"), under: "N02")
        XCTAssertEqual(tree.type(of: "N10"), .deadEnd)
        XCTAssertEqual(tree.roots, ["N01", "N08", "N11"])
        XCTAssertEqual(tree.holder(for: .experiment, after: "N10"), "N02")
        let text = try XCTUnwrap(try tree.updatedText())
        let original = Self.handWritten.split(separator: "\n", omittingEmptySubsequences: false)
        let updated = text.split(separator: "\n", omittingEmptySubsequences: false)
        var remaining = updated[...]
        for line in original {
            guard let found = remaining.firstIndex(of: line) else { return XCTFail("lost line '\(line)' in:\n\(text)") }
            remaining = remaining[(found + 1)...]
        }
        // Everything up to the end of N02's children is untouched.
        let head = try XCTUnwrap(Self.handWritten.components(separatedBy: "  - id: N06").first)
        XCTAssertTrue(text.hasPrefix(head), text)
        let parents = try parents(text)
        XCTAssertEqual(parents["N09"], "N02")
        XCTAssertEqual(parents["N10"], "N09")
        XCTAssertEqual(parents["N11"], "")
        XCTAssertEqual(parents["N12"], "N02")
        XCTAssertEqual(parents["N05"], "N04")
        XCTAssertEqual(text.components(separatedBy: "id: N10").count, 2, "N10 is written once, inside N09")
    }

    func testNothingAddedMeansNoNewText() throws {
        var tree = try state()
        XCTAssertNil(try tree.updatedText())
        tree.add(TreeNode(id: nil, type: .question, title: "No id"), under: "N02")
        XCTAssertNil(try tree.updatedText())
    }

    func testAddingUnderAnUnknownNodeIsRefused() throws {
        var tree = try state()
        tree.add(TreeNode(id: "N09", type: .experiment, title: "Lost"), under: "N99")
        XCTAssertThrowsError(try tree.updatedText()) { XCTAssertEqual($0 as? CaptureError, .unknownNode("N99")) }
    }

    func testAMissingTreeIsCreatedWithItsHeader() throws {
        var tree = try state(nil)
        XCTAssertTrue(tree.roots.isEmpty)
        let first = tree.nextID()
        tree.add(TreeNode(id: first, type: .question, title: "Why?"), under: nil)
        tree.add(TreeNode(id: tree.nextID(), type: .experiment, title: "Try"), under: first)
        let text = try XCTUnwrap(try tree.updatedText())
        XCTAssertTrue(text.hasPrefix(TreeState.header.joined(separator: "\n") + "\n"), text)
        XCTAssertEqual(try parents(text), ["N01": "", "N02": "N01"])
    }

    func testAnUnreadableTreeIsRefused() throws {
        XCTAssertThrowsError(try state("tree: [unclosed\n")) { error in
            guard case .unreadable(let path, _) = error as? CaptureError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, BundlePaths.tree)
        }
    }

    private func document(_ text: String) throws -> YAMLNode {
        try XCTUnwrap(YAMLFile.parse(text, path: BundlePaths.tree).file.root)
    }

    func testPathFindsANodeUnderTreeRootOrABareList() throws {
        let document = try document(Self.handWritten)
        let children = YAMLTextEdit.Step.key("children")
        XCTAssertEqual(
            TreeState.path(to: "N05", in: document),
            [
                .key("tree"), .index(0), children, .index(0), children, .index(0), children, .index(0), children,
                .index(0),
            ])
        XCTAssertEqual(TreeState.path(to: "N06", in: document), [.key("tree"), .index(0), children, .index(1)])
        XCTAssertEqual(TreeState.path(to: "N07", in: document), [.key("tree"), .index(1), children, .index(0)])
        XCTAssertEqual(TreeState.path(to: "N08", in: document), [.key("tree"), .index(2)])
        XCTAssertNil(TreeState.path(to: "N99", in: document))
        let single = try self.document("root:\n  id: N01\n  children:\n  - id: N02\n")
        XCTAssertEqual(TreeState.path(to: "N01", in: single), [.key("root")])
        XCTAssertEqual(TreeState.path(to: "N02", in: single), [.key("root"), children, .index(0)])
        let bare = try self.document("- id: N01\n  children:\n  - id: N02\n")
        XCTAssertEqual(TreeState.path(to: "N02", in: bare), [.index(0), children, .index(0)])
        XCTAssertNil(TreeState.path(to: "N01", in: try self.document("nodes:\n- id: N01\n")))
    }
}
