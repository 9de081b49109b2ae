import AraCore
import AraTestSupport
import Foundation
import XCTest

final class TemplateTests: XCTestCase {
    func testEmbeddedTemplatesMatchTheTemplatesFolder() throws {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("templates")
        let onDisk = FileManager.default.enumerator(atPath: folder.path)!.compactMap { $0 as? String }.filter {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(
                atPath: folder.appendingPathComponent($0).path, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }.sorted()
        let embedded = BundleTemplate(title: "{{title}}", date: "{{date}}").files().map(\.path).sorted()
        XCTAssertEqual(embedded, onDisk, "run `make templates` after editing templates/")
        for path in onDisk {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            let filled = BundleTemplate(title: "T", date: "2026-01-02").files().first { $0.path == path }!.text
            let expected = text.replacingOccurrences(of: "{{title_yaml}}", with: "T").replacingOccurrences(
                of: "{{title}}", with: "T"
            )
            .replacingOccurrences(of: "{{date}}", with: "2026-01-02").replacingOccurrences(of: "{{year}}", with: "2026")
            XCTAssertEqual(filled, expected, "\(path): run `make templates` after editing templates/")
        }
    }

    func testNewBundleReadsWithZeroDiagnostics() throws {
        let root = try TestSupport.temporaryDirectory(self).appendingPathComponent("paper")
        let title = #"A "quoted" title: with colon \ and backslash"#
        try BundleTemplate(title: title, date: "2026-11-21").create(at: root, force: false)
        let result = try TestSupport.read(root)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.bundle.manifest?.title, title)
        XCTAssertEqual(result.bundle.manifest?.year, "2026")
        XCTAssertEqual(result.bundle.claims.count, 1)
        XCTAssertEqual(result.bundle.tree?.allNodes.first?.title, title)
        XCTAssertEqual(result.bundle.layersPresent, ["logic", "src", "trace", "evidence", "staging"])
    }

    func testRefusesANonEmptyDirectoryWithoutForce() throws {
        let root = try TestSupport.bundle(["notes.txt": "mine"], in: self)
        XCTAssertThrowsError(try BundleTemplate(title: "T", date: "2026-01-01").create(at: root, force: false)) {
            error in
            XCTAssertEqual(error as? AraError, .directoryNotEmpty(path: root.path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("PAPER.md").path))
        try BundleTemplate(title: "T", date: "2026-01-01").create(at: root, force: true)
        XCTAssertEqual(try String(contentsOf: root.appendingPathComponent("notes.txt"), encoding: .utf8), "mine")
    }
}
