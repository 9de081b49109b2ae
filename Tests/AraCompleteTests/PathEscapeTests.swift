import AraCore
import AraTestSupport
import XCTest

@testable import AraComplete

/// Completion never reads or writes outside the bundle, whatever the target
/// names and wherever a link in the bundle leads.
final class PathEscapeTests: XCTestCase {
    func testTargetsThatLeaveTheBundleAreRefused() throws {
        let root = try CompletionFixture.make(in: self)
        for target in ["../outside.md", "/etc/passwd", "evidence/../../x.md"] {
            XCTAssertThrowsError(try Completer().fill(bundle: root, target: target, field: "Trend", value: "x")) {
                guard case .outsideBundle = $0 as? CompletionError else { return XCTFail("\(target): \($0)") }
            }
        }
    }

    func testAFileLinkedFromOutsideIsNeverWritten() throws {
        let root = try CompletionFixture.make(in: self)
        let outside = try TestSupport.temporaryDirectory(self).appendingPathComponent("claims.md")
        try Data(CompletionFixture.claims.utf8).write(to: outside)
        let claims = root.appendingPathComponent("logic/claims.md")
        try FileManager.default.removeItem(at: claims)
        try FileManager.default.createSymbolicLink(at: claims, withDestinationURL: outside)
        XCTAssertThrowsError(try Completer().fill(bundle: root, target: "C01", field: "Tags", value: "x"))
        XCTAssertThrowsError(try Completer().add(.claim, bundle: root, markdown: CompletionFixture.claim()))
        XCTAssertEqual(try TestSupport.text(outside), CompletionFixture.claims)
    }

    func testAFolderLinkedFromOutsideIsNeverWritten() throws {
        let root = try CompletionFixture.make(in: self)
        let outside = try TestSupport.temporaryDirectory(self).appendingPathComponent("figures")
        let figures = root.appendingPathComponent("evidence/figures")
        try FileManager.default.moveItem(at: figures, to: outside)
        try FileManager.default.createSymbolicLink(at: figures, withDestinationURL: outside)
        let before = try TestSupport.text(outside.appendingPathComponent("figure1_times.md"))
        XCTAssertThrowsError(
            try Completer().fill(bundle: root, target: "Figure 1", field: "Figure type", value: "diagram"))
        XCTAssertThrowsError(
            try Completer().fill(
                bundle: root, target: "evidence/figures/figure1_times.md", field: "Figure type", value: "diagram"))
        XCTAssertEqual(try TestSupport.text(outside.appendingPathComponent("figure1_times.md")), before)
    }
}
