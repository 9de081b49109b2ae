import AraCore
import AraTestSupport
import XCTest

@testable import AraComplete

final class PendingFieldsTests: XCTestCase {
    func testListsEveryPendingFieldWithWhatFillsIt() throws {
        var files = CompletionFixture.files
        files["src/artifacts.md"] = "# Artifacts\n\n## A01: run.py\n- **How to run**: pending\n"
        let root = try TestSupport.bundle(files, in: self)
        let fields = try PendingFields.list(at: root)
        let named = Dictionary(fields.map { ("\($0.target) \($0.field)", $0) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(named["C01 Title"]?.command, "C01 Title")
        XCTAssertEqual(named["C01 Statement"]?.line, 4)
        XCTAssertEqual(named["C01 Falsification criteria"]?.command, "C01 'Falsification criteria'")
        XCTAssertTrue(named["RW01 Type"]?.fill.contains("imports, bounds, baseline") == true)
        let figure = "evidence/figures/figure1_times.md"
        XCTAssertEqual(named["\(figure) Trend"]?.value, "pending: read it from the screenshot")
        XCTAssertEqual(named["\(figure) Reading confidence"]?.command, "\(figure) 'Reading confidence'")
        // A file completion does not write is listed, without a command.
        XCTAssertNotNil(named["A01 How to run"])
        XCTAssertNil(named["A01 How to run"]?.command)
        XCTAssertNil(named["E01 Setup"], "a filled field is not pending")
        XCTAssertEqual(fields.map(\.path), fields.map(\.path).sorted())
    }

    func testAFilledFieldLeavesTheList() throws {
        let root = try CompletionFixture.make(in: self)
        let before = try PendingFields.list(at: root).count
        _ = try Completer().fill(bundle: root, target: "RW01", field: "Delta", value: "It studies small arrays.")
        XCTAssertEqual(try PendingFields.list(at: root).count, before - 1)
    }
}
