import AraTestSupport
import Foundation
import XCTest

@testable import AraCore

/// cmark-gfm registers its extensions without a lock, so registering from
/// two threads at once renumbers the table node type under a running parse
/// (a claim lost its cells in one CI run). The race is in C and too narrow
/// to provoke on demand, so the guard is held here: every parser in Sources/
/// gets its extensions from `CMarkExtensions`, which registers once.
final class CMarkRegistrationTests: XCTestCase {
    static let unguarded = ["cmark_gfm_core_extensions_ensure_registered", "cmark_find_syntax_extension"]

    func testOnlyTheOnceGuardTouchesTheGlobalRegistry() throws {
        let root = TestSupport.repositoryRoot.appendingPathComponent("Sources")
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var callers: [String] = []
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".swift"), !path.hasSuffix("/CMarkExtensions.swift") else { continue }
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            callers += Self.unguarded.filter { text.contains($0) }.map { "Sources/\(path): \($0)" }
        }
        XCTAssertEqual(callers, [], "attach extensions with CMarkExtensions.attach(_:to:)")
    }

    func testTablesParseTheSameOnEveryThread() {
        let text = "| a | b |\n|---|---|\n| 1 | 2 |\n"
        let tables = ParallelMap.map(Array(repeating: text, count: 64)) { text in
            CMarkTree.blocks(of: text).compactMap { block -> GFMTable? in
                if case .table(let table) = block.kind { return table }
                return nil
            }
        }
        XCTAssertEqual(Set(tables.map(\.count)), [1])
        XCTAssertEqual(tables.first?.first?.rows, [["1", "2"]])
    }
}
