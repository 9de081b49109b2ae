import AraTestSupport
import Foundation
import XCTest

/// Every "SPEC.md §N" the code cites names a heading SPEC.md has: a renumbered
/// section cannot leave a comment or a rule's text pointing at the wrong one.
final class SpecReferenceTests: XCTestCase {
    func testEveryCitedSectionExists() throws {
        let root = TestSupport.repositoryRoot
        let spec = try String(contentsOf: root.appendingPathComponent("SPEC.md"), encoding: .utf8)
        let headings = Set(
            spec.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("## ") || line.hasPrefix("### ") || line.hasPrefix("#### ") else { return nil }
                let number = line.drop { $0 == "#" || $0 == " " }.prefix { $0.isNumber || $0 == "." }
                return number.hasSuffix(".") ? String(number.dropLast()) : String(number)
            })
        var cited: [(String, String)] = []
        for folder in ["Sources", "Tests"] {
            let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
            while let path = enumerator?.nextObject() as? String {
                guard path.hasSuffix(".swift") else { continue }
                let text = try String(contentsOf: root.appendingPathComponent(folder + "/" + path), encoding: .utf8)
                for match in text.matches(of: /SPEC(?:\.md)? §(\d+(?:\.\d+)*)/) {
                    cited.append((folder + "/" + path, String(match.output.1)))
                }
            }
        }
        XCTAssertGreaterThan(cited.count, 20)
        let missing = cited.filter { !headings.contains($0.1) }.map { "\($0.0): §\($0.1)" }
        XCTAssertEqual(missing, [])
    }

    func testTheTableOfContentsListsEveryNumberedHeading() throws {
        let spec = try String(
            contentsOf: TestSupport.repositoryRoot.appendingPathComponent("SPEC.md"), encoding: .utf8)
        let lines = spec.split(separator: "\n").map(String.init)
        let headings = lines.filter { $0.wholeMatch(of: /#{2,3} \d+(\.\d+)*\.? .*/) != nil }.map {
            String($0.drop { $0 == "#" || $0 == " " })
        }
        let start = try XCTUnwrap(lines.firstIndex(of: "<!-- toc -->"))
        let end = try XCTUnwrap(lines.firstIndex(of: "<!-- /toc -->"))
        let entries = lines[(start + 1)..<end].compactMap { line -> String? in
            guard let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]") else { return nil }
            return String(line[line.index(after: open)..<close])
        }
        XCTAssertEqual(entries, headings, "SPEC.md's contents differ from its headings: run `make spec`")
    }
}
