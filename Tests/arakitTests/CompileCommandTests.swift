import AraTestSupport
import Foundation
import XCTest

/// `arakit compile` as a user runs it, on temporary copies of the committed
/// fixture PDFs (Tests/Fixtures/pdf) and of the example paper and its repository
/// (examples/paper): what is written, what is printed, what is refused.
final class CompileCommandTests: XCTestCase {
    static let repository = TestSupport.repositoryRoot
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures/pdf")
    static let example = repository.appendingPathComponent("examples/paper")
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The parts of a fixture's `*.expected.json` these tests compare with.
    struct Expected: Decodable {
        struct Numbered: Decodable { var number: Int }
        struct Section: Decodable {
            var heading: String
            var page: Int
        }
        var title: String
        var authors: [String]
        var abstract: String
        var tables: [Numbered]?
        var figures: [Numbered]?
        var references: [String]
        var sections: [Section]?
    }

    // MARK: - Helpers

    /// A copy of a committed PDF in a fresh temporary folder.
    func copy(_ pdf: URL) throws -> (folder: URL, pdf: URL) {
        let folder = try TestSupport.temporaryDirectory(self)
        let target = folder.appendingPathComponent(pdf.lastPathComponent)
        try FileManager.default.copyItem(at: pdf, to: target)
        return (folder, target)
    }

    func fixture(_ name: String) -> URL { Self.fixtures.appendingPathComponent("\(name).pdf") }

    func expected(_ name: String) throws -> Expected {
        let url =
            name == "paper"
            ? Self.example.appendingPathComponent("paper.expected.json")
            : Self.fixtures.appendingPathComponent("\(name).expected.json")
        return try JSONDecoder().decode(Expected.self, from: Data(contentsOf: url))
    }

    /// The example repository, built from examples/paper/repo.fi by make_repo.sh.
    func makeRepository(at destination: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [Self.example.appendingPathComponent("make_repo.sh").path, destination.path]
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["HOME"] = destination.deletingLastPathComponent().path
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, String(decoding: message, as: UTF8.self))
    }

    /// The entries of a folder, hidden ones included.
    func entries(_ folder: URL) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
    }

    func text(_ root: URL, _ path: String) throws -> String {
        try TestSupport.text(root.appendingPathComponent(path))
    }

    /// Every Markdown link target `](…)` in `text`.
    func links(in text: String) -> [String] {
        text.matches(of: #/\]\(([^)\s]+)\)/#).map { String($0.output.1) }
    }

    /// `## RW01: …` headings of logic/related_work.md.
    func relatedWorkHeadings(_ text: String) -> [String] {
        text.split(separator: "\n").filter { $0.wholeMatch(of: #/## RW\d\d: .+/#) != nil }.map(String.init)
    }

    /// The numbers of `<!-- page N -->` markers, in order.
    func pageMarkers(_ text: String) -> [Int] {
        text.matches(of: #/<!-- page (\d+) -->/#).compactMap { Int($0.output.1) }
    }

    /// The N of every `tableN_*.md` (or `figureN_*.md`) under `folder` of the bundle.
    func numbers(_ paths: [String], folder: String, prefix: String) -> [Int] {
        paths.compactMap { path -> Int? in
            guard path.hasPrefix("evidence/\(folder)/"), path.hasSuffix(".md") else { return nil }
            let name = path.dropFirst("evidence/\(folder)/".count)
            guard let match = name.wholeMatch(of: #/([a-z]+)(\d+)_[^/]+\.md/#), match.output.1 == prefix else {
                return nil
            }
            return Int(match.output.2)
        }.sorted()
    }

    /// The entries of `list` that appear more than once.
    func repeated(_ list: [String]) -> [String] {
        Dictionary(grouping: list, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    }

    func json(_ run: CLI.Run) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], run.stdout)
    }

    /// What every compiled bundle must hold, whatever the paper: `report` is the
    /// `--json` summary of the compile that wrote `root`.
    func assertConsistentBundle(
        _ root: URL, report: [String: Any], expected: Expected, name: String, file: StaticString = #filePath,
        line: UInt = #line
    ) throws {
        let paths = TestSupport.files(under: root)
        let pages = try XCTUnwrap(report["pages"] as? Int, file: file, line: line)

        // The summary lists every file written, once.
        let listed = try XCTUnwrap(report["files"] as? [String], file: file, line: line)
        XCTAssertEqual(
            listed.count, Set(listed).count, "\(name): listed twice: \(repeated(listed))", file: file, line: line)
        XCTAssertEqual(Set(listed).symmetricDifference(paths), [], "\(name): summary files", file: file, line: line)
        XCTAssertEqual(report["bundle"] as? String, root.path, file: file, line: line)

        // PAPER.md: front matter and a Layer Index of every other file.
        let paper = try text(root, "PAPER.md")
        XCTAssertTrue(paper.hasPrefix("---\ntitle: \"\(expected.title)\"\nauthors:\n"), paper, file: file, line: line)
        let authorLines = expected.authors.map { "- \"\($0)\"" }.joined(separator: "\n")
        XCTAssertTrue(paper.contains("\nauthors:\n\(authorLines)\n"), "\(name): authors", file: file, line: line)
        XCTAssertEqual(
            Set(links(in: paper)), Set(paths.filter { $0 != "PAPER.md" }), "\(name): Layer Index", file: file,
            line: line)

        // Tables and figures: the numbered ones of the PDF, each with its crop.
        let tables = numbers(paths, folder: "tables", prefix: "table")
        let figures = numbers(paths, folder: "figures", prefix: "figure")
        XCTAssertEqual(tables, (expected.tables ?? []).map(\.number), "\(name): tables", file: file, line: line)
        XCTAssertEqual(figures, (expected.figures ?? []).map(\.number), "\(name): figures", file: file, line: line)
        XCTAssertEqual(report["tables"] as? Int, tables.count, file: file, line: line)
        XCTAssertEqual(report["figures"] as? Int, figures.count, file: file, line: line)
        for path in paths where path.hasPrefix("evidence/tables/") || path.hasPrefix("evidence/figures/") {
            guard path.hasSuffix(".md") else { continue }
            let png = String(path.dropLast(3)) + ".png"
            let bytes = try? Data(contentsOf: root.appendingPathComponent(png))
            XCTAssertEqual(
                bytes.map { Array($0.prefix(8)) }, Self.pngSignature, "\(png) beside \(path)", file: file, line: line)
        }

        // evidence/README.md links every table, figure and section file written.
        let readme = try text(root, "evidence/README.md")
        let evidence = paths.filter {
            $0.hasPrefix("evidence/tables/") || $0.hasPrefix("evidence/figures/") || $0.hasPrefix("evidence/paper/")
        }.filter { $0.hasSuffix(".md") }
        XCTAssertEqual(
            Set(links(in: readme).map { "evidence/" + $0 }), Set(evidence), "\(name): evidence/README.md",
            file: file, line: line)

        // evidence/paper: one file per section, each opening on the page its heading is printed on.
        let sectionFiles = paths.filter { $0.hasPrefix("evidence/paper/") }
        XCTAssertEqual(report["sections"] as? Int, sectionFiles.count, file: file, line: line)
        var firstPages: [String: Int] = [:]
        var allMarkers: [Int] = []
        for path in sectionFiles {
            let section = try text(root, path)
            let markers = pageMarkers(section)
            XCTAssertFalse(markers.isEmpty, "\(path) has no page marker", file: file, line: line)
            XCTAssertTrue(
                markers.allSatisfy { (1...pages).contains($0) }, "\(path): \(markers)", file: file, line: line)
            allMarkers += markers
            if let heading = section.split(separator: "\n").first, heading.hasPrefix("# ") {
                firstPages[String(heading.dropFirst(2))] = markers.first
            }
        }
        XCTAssertEqual(
            allMarkers, allMarkers.sorted(), "\(name): page markers in reading order", file: file, line: line)
        for section in expected.sections ?? [] {
            XCTAssertEqual(
                firstPages[section.heading], section.page, "\(name): \(section.heading)", file: file, line: line)
        }

        // logic/related_work.md: one block per reference.
        XCTAssertEqual(
            relatedWorkHeadings(try text(root, "logic/related_work.md")).count, expected.references.count,
            "\(name): related work", file: file, line: line)
        XCTAssertEqual(report["references"] as? Int, expected.references.count, file: file, line: line)

        // The reader takes the bundle as written, staging/observations.yaml included.
        let info = try CLI.run(["info", root.path, "--json"])
        let object = try json(info)
        XCTAssertEqual((object["diagnostics"] as? [Any])?.count, 0, info.stdout, file: file, line: line)
        let counts = try XCTUnwrap(object["counts"] as? [String: Int], file: file, line: line)
        XCTAssertEqual(counts["observations"], report["candidate_claims"] as? Int, file: file, line: line)
        XCTAssertEqual(counts["related_work"], expected.references.count, file: file, line: line)
    }

    // MARK: - Success

    func testCompileOneColumnWritesTheBundleAndReportsProgress() throws {
        let (folder, pdf) = try copy(fixture("one_column"))
        let expected = try expected("one_column")
        let out = folder.appendingPathComponent("paper-ara")
        let result = try CLI.run(["compile", "--pdf", pdf.path, "--out", out.path], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stderr,
            """
            compile: reading 2 pages
            compile: page 1/2
            compile: page 2/2
            compile: writing the bundle

            """)
        let paths = TestSupport.files(under: out)
        XCTAssertTrue(result.stdout.hasPrefix("Compiled 2 pages into \(out.path)\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\n  title:      Robust Widgets for Small Data\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\n  authors:    Ada Example, Bo Sample, Cy Tester\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\n  tables:     1 (1 with cells)\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\n  figures:    1\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\n  references: 3\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\n  files:      \(paths.count)\n"), "files on disk: \(paths.count)")

        // PAPER.md front matter, as one_column.expected.json has it.
        let paper = try text(out, "PAPER.md")
        XCTAssertTrue(
            paper.hasPrefix(
                """
                ---
                title: "Robust Widgets for Small Data"
                authors:
                - "Ada Example"
                - "Bo Sample"
                - "Cy Tester"
                affiliations:
                - "Example Institute of Technology"
                year: "pending"

                """), paper)
        XCTAssertTrue(paper.contains("\nabstract: \"\(expected.abstract)\"\n"), paper)
        XCTAssertTrue(paper.contains("\n  pdf: \"one_column.pdf\"\n"), paper)
        XCTAssertTrue(paper.contains("\n# Robust Widgets for Small Data\n"), paper)

        // The table: cells verbatim, its crop beside it and listed in evidence/README.md.
        let tables = paths.filter { $0.hasPrefix("evidence/tables/") }
        XCTAssertEqual(
            tables,
            ["evidence/tables/table1_accuracy_of_the_three.md", "evidence/tables/table1_accuracy_of_the_three.png"])
        let table = try text(out, "evidence/tables/table1_accuracy_of_the_three.md")
        XCTAssertTrue(table.hasPrefix("# Table 1: Accuracy of the three methods on the test set\n"), table)
        XCTAssertTrue(
            table.hasSuffix(
                """
                | Method | Accuracy (%) | Time (s) | Notes |
                |---|---|---|---|
                | Baseline | 91.2 | 12.4 | default settings |
                | Ours (small) | 93.5 | 8.1 | kernel 3×3 with two refinement passes |
                | Ours (large) | 94.8 | 15.7 | kernel 5×5 |

                """), table)
        let readme = try text(out, "evidence/README.md")
        XCTAssertEqual(
            links(in: readme),
            [
                "tables/table1_accuracy_of_the_three.md", "figures/figure1_loss_over_training_steps.md",
                "paper/00_front_matter.md", "paper/01_abstract.md", "paper/02_introduction.md", "paper/03_method.md",
                "paper/04_results.md", "paper/05_conclusion.md", "paper/06_references.md",
            ])

        // Section text with page markers; Results runs from page 1 onto page 2.
        let results = try text(out, "evidence/paper/04_results.md")
        XCTAssertTrue(results.hasPrefix("# 3. Results\n\n<!-- page 1 -->\n\nThe small variant of our method"), results)
        XCTAssertEqual(pageMarkers(results), [1, 2])
        XCTAssertEqual(
            try text(out, "evidence/paper/01_abstract.md"), "# Abstract\n\n<!-- page 1 -->\n\n\(expected.abstract)\n")

        // Related work: one block per reference, in order.
        XCTAssertEqual(
            relatedWorkHeadings(try text(out, "logic/related_work.md")),
            ["## RW01: Author et al., 2019", "## RW02: Writer, 2020", "## RW03: Scholar et al., 2021"])
        XCTAssertTrue(
            try text(out, "logic/related_work.md").contains(
                "\n- **Reference**: \"[1] A. Author, B. Author. Title one. In Venue, 2019.\"\n"))

        // Nothing else is left in the working folder.
        XCTAssertEqual(try entries(folder), ["one_column.pdf", "paper-ara"])
    }

    func testQuietPrintsNothingButErrors() throws {
        let (folder, pdf) = try copy(fixture("one_column"))
        let out = folder.appendingPathComponent("quiet-ara")
        let result = try CLI.run(["compile", "--pdf", pdf.path, "--out", out.path, "--quiet"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("PAPER.md").path))
    }

    func testJSONSummary() throws {
        let (folder, pdf) = try copy(Self.example.appendingPathComponent("paper.pdf"))
        let out = folder.appendingPathComponent("paper-ara")
        let result = try CLI.run(["compile", "--pdf", pdf.path, "--out", out.path, "--json"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("compile: page 3/3\n"), "progress still goes to standard error")
        let object = try json(result)
        for key in ["bundle", "pages", "tables", "tables_with_cells", "figures", "references", "files", "pending"] {
            XCTAssertNotNil(object[key], "missing key \(key) in \(object.keys.sorted())")
        }
        XCTAssertEqual(object["bundle"] as? String, out.path)
        XCTAssertEqual(object["pages"] as? Int, 3)
        XCTAssertEqual(object["tables"] as? Int, 2)
        XCTAssertEqual(object["tables_with_cells"] as? Int, 2)
        XCTAssertEqual(object["figures"] as? Int, 2)
        XCTAssertEqual(object["references"] as? Int, 5)
        let listed = try XCTUnwrap(object["files"] as? [String])
        XCTAssertEqual(listed.count, Set(listed).count, "listed twice: \(repeated(listed))")
        XCTAssertEqual(Set(listed).symmetricDifference(TestSupport.files(under: out)), [])
        XCTAssertEqual(
            object["pending"] as? [String],
            [
                "Figure 1: figure type, trend and reading confidence pending",
                "Figure 2: figure type, trend and reading confidence pending",
                "logic/related_work.md: Type and Delta of 5 entries",
                "src/: no --repo given; environment and code index pending",
            ])
    }

    /// Every committed test paper and the example paper compile to a bundle
    /// that agrees with itself, with its summary and with the expected results.
    func testEveryFixtureCompilesToAConsistentBundle() throws {
        let folder = try TestSupport.temporaryDirectory(self)
        let papers = [
            ("one_column", fixture("one_column")), ("two_column", fixture("two_column")),
            ("split_table", fixture("split_table")), ("rotated", fixture("rotated")),
            ("paper", Self.example.appendingPathComponent("paper.pdf")),
        ]
        for (name, source) in papers {
            let pdf = folder.appendingPathComponent("\(name).pdf")
            try FileManager.default.copyItem(at: source, to: pdf)
            let out = folder.appendingPathComponent("\(name)-ara")
            let result = try CLI.run(["compile", "--pdf", pdf.path, "--out", out.path, "--json", "--quiet"])
            XCTAssertEqual(result.status, 0, "\(name): \(result.stderr)")
            XCTAssertEqual(result.stderr, "", name)
            try assertConsistentBundle(out, report: try json(result), expected: try expected(name), name: name)
        }
    }

    // MARK: - Refusals

    func testRefusesANonEmptyOutUnlessForced() throws {
        let (folder, pdf) = try copy(fixture("one_column"))
        let out = folder.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let notes = out.appendingPathComponent("notes.txt")
        try Data("my notes\n".utf8).write(to: notes)

        let refused = try CLI.run(["compile", "--pdf", pdf.path, "--out", out.path], in: folder)
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(
            refused.stderr, "error: \(out.path): is not empty; pass --force to replace it, or choose another --out\n")
        XCTAssertEqual(refused.stdout, "")
        XCTAssertEqual(try TestSupport.text(notes), "my notes\n")
        XCTAssertEqual(TestSupport.files(under: out), ["notes.txt"])
        XCTAssertEqual(try entries(folder), ["one_column.pdf", "mine"])

        // --force does not replace a folder that is not a bundle.
        let notBundle = try CLI.run(["compile", "--pdf", pdf.path, "--out", out.path, "--force"], in: folder)
        XCTAssertEqual(notBundle.status, 2)
        XCTAssertTrue(notBundle.stderr.contains("is not a bundle (no PAPER.md)"), notBundle.stderr)
        XCTAssertEqual(TestSupport.files(under: out), ["notes.txt"])

        // It replaces a bundle.
        try Data("---\ntitle: old\n---\n".utf8).write(to: out.appendingPathComponent("PAPER.md"))
        let forced = try CLI.run(["compile", "--pdf", pdf.path, "--out", out.path, "--force", "--quiet"], in: folder)
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: notes.path), "--force replaces the bundle")
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("PAPER.md").path))
        XCTAssertEqual(try entries(folder), ["one_column.pdf", "mine"], "no temporary or old folder left")

        // An empty folder is not refused.
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertEqual(try CLI.run(["compile", "--pdf", pdf.path, "--out", empty.path, "--quiet"]).status, 0)
    }

    func testRefusesAnOutThatIsAFileEvenWithForce() throws {
        let (folder, pdf) = try copy(fixture("one_column"))
        let out = folder.appendingPathComponent("taken")
        try Data("a file\n".utf8).write(to: out)
        for extra in [[], ["--force"]] {
            let result = try CLI.run(["compile", "--pdf", pdf.path, "--out", out.path] + extra, in: folder)
            XCTAssertEqual(result.status, 2, "\(extra)")
            XCTAssertEqual(result.stderr, "error: \(out.path): exists and is a file; choose another --out\n")
            XCTAssertEqual(try TestSupport.text(out), "a file\n")
            XCTAssertEqual(try entries(folder), ["one_column.pdf", "taken"])
        }
    }

    /// `--force` replaces --out: an --out that is or holds the PDF, the
    /// repository or the current folder is refused, and nothing is deleted.
    func testRefusesAnOutThatHoldsTheInputs() throws {
        let (folder, pdf) = try copy(fixture("one_column"))
        let repo = folder.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: repo, withIntermediateDirectories: true)
        try Data("print(1)\n".utf8).write(to: repo.appendingPathComponent("main.py"))
        let cases: [[String]] = [
            ["--out", folder.path],
            ["--repo", repo.path, "--out", repo.path],
            ["--out", "."],
        ]
        for extra in cases {
            let result = try CLI.run(["compile", "--pdf", pdf.path, "--force"] + extra, in: folder)
            XCTAssertEqual(result.status, 2, "\(extra)")
            XCTAssertTrue(result.stderr.contains("which replacing it would delete"), result.stderr)
            XCTAssertEqual(try entries(folder), ["one_column.pdf", "repo"])
            XCTAssertEqual(try entries(repo), ["main.py"])
        }
    }

    /// A text file named .pdf, a missing file and a truncated PDF: exit 2, one
    /// line naming the file, and no bundle or temporary folder left behind.
    func testBadPDFsFailCleanlyAndLeaveNothingBehind() throws {
        let folder = try TestSupport.temporaryDirectory(self)
        let text = folder.appendingPathComponent("x.pdf")
        try Data("This is not a PDF.\n".utf8).write(to: text)
        let truncated = folder.appendingPathComponent("truncated.pdf")
        try Data(try Data(contentsOf: fixture("one_column")).prefix(600)).write(to: truncated)
        let missing = folder.appendingPathComponent("missing.pdf")
        let cases: [(URL, String)] = [
            (text, "not a PDF (no %PDF- header)"),
            (missing, "cannot open the file; check the path"),
            (truncated, "poppler cannot read it"),
        ]
        let before = try entries(folder)
        for (pdf, reason) in cases {
            let out = folder.appendingPathComponent("out")
            let result = try CLI.run(["compile", "--pdf", pdf.path, "--out", out.path], in: folder)
            XCTAssertEqual(result.status, 2, pdf.lastPathComponent)
            XCTAssertEqual(result.stdout, "", pdf.lastPathComponent)
            XCTAssertTrue(result.stderr.hasPrefix("error: \(pdf.path): \(reason)"), result.stderr)
            XCTAssertTrue(result.stderr.hasSuffix("\n"), result.stderr)
            XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1, "one line: \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("Fatal error"), result.stderr)
            XCTAssertEqual(try entries(folder), before, "\(pdf.lastPathComponent) left something behind")
        }
    }

    func testDPIOutOfRangeIsAUsageError() throws {
        let (folder, pdf) = try copy(fixture("one_column"))
        let out = folder.appendingPathComponent("out")
        for dpi in ["10", "601"] {
            let result = try CLI.run(["compile", "--pdf", pdf.path, "--out", out.path, "--dpi", dpi], in: folder)
            XCTAssertEqual(result.status, 2, dpi)
            XCTAssertTrue(result.stderr.contains("--dpi must be between 36 and 600"), result.stderr)
            XCTAssertEqual(try entries(folder), ["one_column.pdf"])
        }
        let lowest = try CLI.run(["compile", "--pdf", pdf.path, "--out", out.path, "--dpi", "36", "--quiet"])
        XCTAssertEqual(lowest.status, 0, lowest.stderr)
    }

    // MARK: - With the repository

    func testCompileWithTheExampleRepository() throws {
        let (folder, pdf) = try copy(Self.example.appendingPathComponent("paper.pdf"))
        let repo = folder.appendingPathComponent("repo")
        try makeRepository(at: repo)
        let out = folder.appendingPathComponent("paper-ara")
        let result = try CLI.run(
            ["compile", "--pdf", pdf.path, "--repo", repo.path, "--out", out.path, "--json"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("compile: scanning the repository \(repo.path)\n"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("compile: capturing the repository's history\n"), result.stderr)
        let report = try json(result)
        XCTAssertEqual(report["history_nodes"] as? Int, 9)
        try assertConsistentBundle(out, report: report, expected: try expected("paper"), name: "paper with repo")

        let paper = try text(out, "PAPER.md")
        XCTAssertTrue(paper.contains("\n  repository: \"repo\"\n"), paper)
        XCTAssertTrue(paper.contains("\n  commit: \"022576594dc87ee59595db8dc0363978514feb18\"\n"), paper)

        // src/: every dependency at its file and line, a block per code file.
        let environment = try text(out, "src/environment.md")
        XCTAssertTrue(environment.contains("\n- **numpy** `==1.26.4` — `requirements.txt:1`\n"), environment)
        XCTAssertTrue(environment.contains("\n- **matplotlib** `>=3.8` — `requirements.txt:2`\n"), environment)
        let artifacts = try text(out, "src/artifacts.md")
        let blocks = artifacts.split(separator: "\n").filter { $0.hasPrefix("## ") }
        XCTAssertEqual(blocks, ["## A01: Makefile", "## A02: bench.py", "## A03: sorts.py"])
        XCTAssertTrue(artifacts.contains("- **File(s)**: `bench.py` (Python, 107 lines)"), artifacts)

        // trace/: the history captured, each node pointing at its commit.
        let tree = try text(out, "trace/exploration_tree.yaml")
        let commits = tree.matches(of: #/(?m)^ *- git:([0-9a-f]{40})$/#).map { String($0.output.1) }
        XCTAssertEqual(commits.count, 9, tree)
        XCTAssertTrue(commits.contains("dab4aac550741109aa508e3b594871747faa80ad"), tree)
        XCTAssertTrue(tree.contains("- git:refs/heads/abandoned/builtin-baseline\n"), tree)

        // logic/claims.md: a pending block for each claim the history cites, and no other.
        let cited = Set(tree.matches(of: #/(?m)^ *- (C\d\d)$/#).map { String($0.output.1) })
        XCTAssertEqual(cited, ["C01", "C02", "C03"])
        let claims = try text(out, "logic/claims.md")
        let claimIDs = claims.matches(of: #/(?m)^## (C\d\d): /#).map { String($0.output.1) }
        XCTAssertEqual(Set(claimIDs), cited, claims)
        XCTAssertEqual(claimIDs.count, cited.count, claims)

        // Review finds only the markers compile leaves pending on purpose.
        let review = try CLI.run(["review", out.path, "--format", "json"])
        XCTAssertEqual(review.status, 1, review.stderr)
        let findings = try XCTUnwrap(try json(review)["findings"] as? [[String: Any]])
        let codes = Set(findings.compactMap { $0["code"] as? String })
        let pendingMarkers: Set<String> = ["EV004", "ST008", "ST009"]
        XCTAssertTrue(codes.isSubset(of: pendingMarkers), "unexpected findings: \(codes.subtracting(pendingMarkers))")
        XCTAssertFalse(findings.isEmpty)
    }

    /// The README's workflow keeps the bundle inside the repository: compiling
    /// again with --force must not read the previous bundle as part of the code.
    func testRecompilingInsideTheRepositoryDoesNotIndexTheOldBundle() throws {
        let (folder, pdf) = try copy(Self.example.appendingPathComponent("paper.pdf"))
        let repo = folder.appendingPathComponent("repo")
        try makeRepository(at: repo)
        let bundle = repo.appendingPathComponent("ara")
        let command = ["compile", "--pdf", pdf.path, "--repo", ".", "--out", "ara", "--json", "--quiet"]
        let first = try CLI.run(command, in: repo)
        XCTAssertEqual(first.status, 0, first.stderr)
        let firstFiles = TestSupport.files(under: bundle)
        var firstSource: [String: String] = [:]
        for path in firstFiles where path.hasPrefix("src/") { firstSource[path] = try text(bundle, path) }

        let again = try CLI.run(command + ["--force"], in: repo)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual((try json(again))["parameters"] as? Int, (try json(first))["parameters"] as? Int)
        XCTAssertEqual(Set(TestSupport.files(under: bundle)).symmetricDifference(firstFiles), [], "files added or lost")
        for (path, source) in firstSource.sorted(by: { $0.key < $1.key }) {
            XCTAssertTrue(try text(bundle, path) == source, "\(path) changed on the second compile")
        }
    }

    // MARK: - Determinism

    /// The same PDF compiled twice gives the same bytes, but for the day it was compiled.
    func testCompilingTwiceGivesIdenticalFiles() throws {
        let (folder, pdf) = try copy(Self.example.appendingPathComponent("paper.pdf"))
        let one = folder.appendingPathComponent("one")
        let two = folder.appendingPathComponent("two")
        for out in [one, two] {
            let result = try CLI.run(["compile", "--pdf", pdf.path, "--out", out.path, "--quiet"], in: folder)
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        let paths = TestSupport.files(under: one)
        XCTAssertEqual(paths, TestSupport.files(under: two))
        XCTAssertTrue(paths.contains { $0.hasSuffix(".png") })
        for path in paths {
            var first = try Data(contentsOf: one.appendingPathComponent(path))
            var second = try Data(contentsOf: two.appendingPathComponent(path))
            if path == "PAPER.md" {
                first = maskDateCreated(first)
                second = maskDateCreated(second)
            }
            XCTAssertTrue(first == second, "\(path) differs between two compiles")
        }
    }

    func maskDateCreated(_ data: Data) -> Data {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return Data(
            lines.map { $0.hasPrefix("date_created: ") ? "date_created: MASKED" : String($0) }.joined(separator: "\n")
                .utf8)
    }
}
