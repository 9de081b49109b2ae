import AraCore
import AraTestSupport
import Foundation
import XCTest

/// Files a careless or hostile author could hand the reader: each gets a
/// diagnostic at the right place and nothing crashes or hangs.
final class HostileInputTests: XCTestCase {
    let claims = "# Claims\n\n## C01: T\n- **Statement**: s\n"

    func testSymlinkOutOfTheBundleIsNotFollowed() throws {
        let outside = try TestSupport.bundle(["secret.md": "## C09: secret\n"], in: self)
        let root = try TestSupport.bundle(["PAPER.md": "---\ntitle: t\n---\n"], in: self)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("logic"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("logic/claims.md"),
            withDestinationURL: outside.appendingPathComponent("secret.md"))
        let result = try TestSupport.read(root)
        XCTAssertEqual(result.bundle.claims.count, 0)
        XCTAssertEqual(result.diagnostics.map(\.code), [.linkOutsideBundle])
        XCTAssertEqual(result.diagnostics.first?.location.path, "logic/claims.md")
    }

    func testSymlinkInsideTheBundleIsRead() throws {
        let root = try TestSupport.bundle(["notes/claims.md": claims], in: self)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("logic"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("logic/claims.md"),
            withDestinationURL: root.appendingPathComponent("notes/claims.md"))
        XCTAssertEqual(try TestSupport.read(root).bundle.claims.count, 1)
    }

    func testFileUnderADirectoryLinkOutOfTheBundleIsNotRead() throws {
        let outside = try TestSupport.bundle(["etc/secret.md": "## C09: secret\n"], in: self)
        let root = try TestSupport.bundle(["PAPER.md": "---\ntitle: t\n---\n"], in: self)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("root"), withDestinationURL: outside)
        let fileSystem = try BundleFileSystem(root: root)
        let (read, diagnostics) = fileSystem.readData("root/etc/secret.md")
        XCTAssertNil(read)
        XCTAssertEqual(diagnostics.map(\.code), [.linkOutsideBundle])
        XCTAssertFalse(fileSystem.isDirectory("root/etc"))
        XCTAssertNil(fileSystem.readText("root/./etc/../etc/secret.md").file)
    }

    func testOversizedFileIsNotRead() throws {
        let root = try TestSupport.bundle(["logic/claims.md": claims + String(repeating: "x", count: 5000)], in: self)
        let result = try BundleReader(limits: ReadLimits(maxFileBytes: 4096)).read(at: root)
        XCTAssertEqual(result.diagnostics.map(\.code), [.fileTooLarge])
        XCTAssertTrue(result.bundle.claims.isEmpty)
    }

    func testYAMLAliasBombIsRefused() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        yaml += "tree: *a9\n"
        let root = try TestSupport.bundle(["trace/exploration_tree.yaml": yaml], in: self)
        let start = Date()
        let result = try TestSupport.read(root)
        XCTAssertEqual(result.diagnostics.map(\.code), [.yamlAliasBudget])
        XCTAssertNil(result.bundle.tree)
        XCTAssertLessThan(Date().timeIntervalSince(start), 30, "refusal must not expand the bomb")
    }

    func testDeepFlowNestingIsRefusedBeforeParsing() throws {
        let yaml = "tree: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        let result = try TestSupport.read(try TestSupport.bundle(["trace/exploration_tree.yaml": yaml], in: self))
        XCTAssertEqual(result.diagnostics.map(\.code), [.yamlTooDeep])
        XCTAssertEqual(result.diagnostics.first?.location.line, 1)
    }

    func testDeepBlockNestingIsRefused() throws {
        var yaml = "tree:\n"
        for depth in 0..<600 { yaml += String(repeating: "  ", count: depth + 1) + "- children:\n" }
        let result = try TestSupport.read(try TestSupport.bundle(["trace/exploration_tree.yaml": yaml], in: self))
        XCTAssertEqual(result.diagnostics.map(\.code), [.yamlTooDeep])
    }

    func testInvalidUTF8IsReportedWithItsLocationAndTheRestIsRead() throws {
        let root = try TestSupport.temporaryDirectory(self)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("logic"), withIntermediateDirectories: true)
        var bytes = Data("# Claims\n\n## C01: ab".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE])
        bytes.append(Data("c\n- **Statement**: s\n".utf8))
        try bytes.write(to: root.appendingPathComponent("logic/claims.md"))
        let result = try TestSupport.read(root)
        XCTAssertEqual(result.diagnostics.map(\.code), [.invalidUTF8])
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(path: "logic/claims.md", line: 3, column: 11))
        XCTAssertEqual(result.bundle.claims.first?.statement, "s")
    }

    func testCRLFAndBOMFilesReadLikeLFFiles() throws {
        let crlf = "\u{FEFF}" + claims.replacingOccurrences(of: "\n", with: "\r\n")
        let result = try TestSupport.read(try TestSupport.bundle(["logic/claims.md": crlf], in: self))
        XCTAssertEqual(Set(result.diagnostics.map(\.code)), [.byteOrderMark, .crlfLineEndings])
        XCTAssertEqual(result.bundle.claims.first?.statement, "s")
        XCTAssertEqual(result.bundle.claims.first?.location.line, 3)
    }

    func testBrokenYAMLIsADiagnosticWithItsLine() throws {
        let result = try TestSupport.read(
            try TestSupport.bundle(["trace/exploration_tree.yaml": "tree:\n  - id: N01\n   bad: [\n"], in: self))
        XCTAssertEqual(result.diagnostics.map(\.code), [.yamlSyntax])
        XCTAssertGreaterThanOrEqual(result.diagnostics.first?.location.line ?? 0, 2)
    }

    func testUnterminatedFrontMatterIsReported() throws {
        let result = try TestSupport.read(try TestSupport.bundle(["PAPER.md": "---\ntitle: x\n\n# Body\n"], in: self))
        XCTAssertTrue(result.diagnostics.contains { $0.code == .frontMatter && $0.location.line == 1 })
    }

    func testMissingBundleThrowsAndFileRootThrows() throws {
        XCTAssertThrowsError(try BundleReader().read(at: URL(fileURLWithPath: "/nonexistent/arakit"))) { error in
            XCTAssertEqual(error as? AraError, .bundleNotFound(path: "/nonexistent/arakit"))
        }
        let root = try TestSupport.bundle(["PAPER.md": "x"], in: self)
        XCTAssertThrowsError(try BundleReader().read(at: root.appendingPathComponent("PAPER.md")))
    }

    func testWriterRefusesToWriteThroughALinkOutOfTheBundle() throws {
        let outside = try TestSupport.temporaryDirectory(self)
        let root = try TestSupport.bundle(["PAPER.md": "---\ntitle: t\n---\n"], in: self)
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("logic"), withDestinationURL: outside)
        // A file right under the link, and one that would need a new directory there.
        for path in ["logic/claims.md", "logic/solution/heuristics.md"] {
            var bundle = AraBundle()
            bundle.documents[path] = TestSupport.markdown(claims)
            XCTAssertThrowsError(try BundleWriter().write(bundle, to: root), path)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outside.path), [])
    }

    func testPathNormalisationNeverLeavesTheRoot() {
        XCTAssertEqual(BundleFileSystem.normalize("logic/./claims.md"), "logic/claims.md")
        XCTAssertEqual(BundleFileSystem.normalize("logic/../PAPER.md"), "PAPER.md")
        XCTAssertNil(BundleFileSystem.normalize("../outside.md"))
        XCTAssertNil(BundleFileSystem.normalize("/etc/passwd"))
    }
}

/// Writing back never loses what the reader could not understand.
final class LosslessWriteTests: XCTestCase {
    func testUnparsableYAMLAndFrontMatterSurviveAWrite() throws {
        let brokenSession = "session: {id: x\nevents_logged: [\n"
        let paper = "---\ntitle: [unclosed\n---\n\n# Body\n"
        let root = try TestSupport.bundle(
            ["trace/sessions/2026-01-01_001.yaml": brokenSession, "PAPER.md": paper], in: self)
        let bundle = try TestSupport.read(root).bundle
        try BundleWriter().write(bundle, to: root)
        XCTAssertEqual(
            try String(contentsOf: root.appendingPathComponent("trace/sessions/2026-01-01_001.yaml"), encoding: .utf8),
            brokenSession)
        XCTAssertEqual(try String(contentsOf: root.appendingPathComponent("PAPER.md"), encoding: .utf8), paper)
    }

    func testTwoAliasesForOneKeyKeepBothValues() throws {
        let yaml =
            "tree:\n  - {id: N01, type: dead_end, title: D, why_failed: a, reason: b, hypothesis: h, lesson: l}\n"
        let root = try TestSupport.bundle(["trace/exploration_tree.yaml": yaml], in: self)
        let node = try XCTUnwrap(try TestSupport.read(root).bundle.tree?.allNodes.first)
        XCTAssertEqual(node.text(.failureMode), "a")
        XCTAssertEqual(node.text(.reason), "b")
    }

    func testDanglingLinkIsNotReportedAsLeavingTheBundle() throws {
        let root = try TestSupport.bundle(["PAPER.md": "---\ntitle: t\n---\n"], in: self)
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("notes.md"), withDestinationURL: root.appendingPathComponent("missing.md"))
        XCTAssertEqual(try TestSupport.read(root).diagnostics.map(\.code), [.notRegularFile])
    }
}
