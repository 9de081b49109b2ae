import AraCore
import AraReview
import XCTest

@testable import AraView

/// The grouped findings answer what a scan of all of them answers, in the same order.
final class FindingIndexTests: XCTestCase {
    func findings() -> [Finding] {
        let rule = RuleDescription(
            code: "ZZ001", name: "test", severity: .warning, summary: "s", why: "w", example: "e", howToFix: "h")
        var generator = SystemRandomNumberGenerator()
        return (0..<400).map { number in
            let path = ["a.md", "b.md", "c.md"][Int.random(in: 0..<3, using: &generator)]
            let entity = Int.random(in: 0..<4, using: &generator) == 0 ? nil : "E\(Int.random(in: 0..<20))"
            return Finding(
                rule, at: SourceLocation(path: path, line: Int.random(in: 0..<60), column: 1), "m\(number)",
                entity: entity)
        }
    }

    func testEveryQueryMatchesAScan() {
        let all = findings()
        let index = FindingIndex(all)
        for entity in (0..<22).map({ "E\($0)" }) {
            XCTAssertEqual(index.about(entity), all.filter { $0.entity == entity }, entity)
        }
        for path in ["a.md", "b.md", "z.md"] {
            XCTAssertEqual(index.inFile(path), all.filter { $0.location.path == path }, path)
            for lines in [0..<1, 5..<17, 30..<Int.max, 59..<60, 70..<80] {
                for id in ["E3", "E19", "E99", nil] {
                    let expected = all.filter {
                        (id != nil && $0.entity == id) || ($0.location.path == path && lines.contains($0.location.line))
                    }
                    XCTAssertEqual(index.about(id, orIn: path, lines: lines), expected, "\(path) \(lines) \(id ?? "-")")
                }
            }
            XCTAssertEqual(index.about("E3", orIn: path, lines: nil), all.filter { $0.entity == "E3" })
        }
    }
}
