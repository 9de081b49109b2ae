import AraCapture
import AraCore
import AraGit
import AraPDF
import Foundation

/// `arakit compile`: a paper PDF (and its repository) into a new bundle.
/// Everything is written into a temporary directory next to the output and
/// renamed into place at the end, so a failed run leaves nothing behind.
public enum Compiler {
    /// Compiles, in named stages: read the paper, scan the repository,
    /// assemble the files, write them, capture the history, write the index,
    /// move the bundle into place. `progress` receives one line per stage and per page.
    public static func compile(_ options: CompileOptions, progress: @escaping @Sendable (String) -> Void)
        throws(CompileError) -> CompileReport
    {
        let out = options.output.standardizedFileURL
        // Leftovers first: a bundle a stopped compile had set aside is put back
        // before the output is checked, so --force is still needed to replace it.
        for note in CompileLeftovers.cleanStale(beside: out) { progress(note) }
        try checkOutput(out, options: options)
        let read = try readPaper(options, progress: progress)
        progress("writing the bundle")
        let repository = try scanRepository(options, progress: progress)
        var assembled = Assembled(read: read, repository: repository, options: options)
        let staged = StagedDirectory(output: out, cancellation: options.cancellation)
        do throws(CompileError) {
            try staged.write(assembled.files)
            try staged.stopIfAsked()
            let historyNodes = try captureHistory(repository, into: staged, options, &assembled.pending, progress)
            try staged.stopIfAsked()
            // PAPER.md last: its Layer Index lists every file, capture's included.
            let written = Set(staged.paths() + ["PAPER.md"]).sorted()
            try staged.replace("PAPER.md", with: assembled.index.render(files: written))
            try staged.stopIfAsked()
            try staged.commit()
            return assembled.report(historyNodes: historyNodes, files: written)
        } catch {
            staged.discard()
            throw error
        }
    }

    /// The paper as read from the PDF, and its digest.
    struct ReadPaper {
        var content: PaperContent
        var paper: PaperFiles
        var digest: String
    }

    /// Stage 1: every page read into tables, figures, sections and the title block.
    static func readPaper(_ options: CompileOptions, progress: @escaping @Sendable (String) -> Void)
        throws(CompileError) -> ReadPaper
    {
        var content: PaperContent
        do {
            let document = try PDFDocument(url: options.pdf, displayPath: options.pdf.path)
            progress("reading \(document.pageCount) pages")
            content = try PaperReader(dpi: options.dpi) { page, count in progress("page \(page)/\(count)") }.read(
                document)
        } catch {
            throw .pdf(error)
        }
        // Hashed after poppler accepted it, in chunks: a wrong multi-gigabyte
        // file is refused before it is read whole.
        guard let digest = SHA256.hex(ofFileAt: options.pdf) else {
            throw .pdf(PDFError(.unreadable, path: options.pdf.path, message: "cannot read the file; check the path"))
        }
        let paper = PaperFiles(content: content)
        content.flow = []  // now held as sections by `paper`
        return ReadPaper(content: content, paper: paper, digest: digest)
    }

    /// Stage 1 without rendering, on the first `pages` pages: page layout
    /// (lines, columns, margins), captions, object regions, running text and
    /// tables from their words, then the paper's files built in memory (title
    /// block, sections, tables). Nothing is written; `arakit-fuzz pdf` runs it.
    package static func readPaperText(_ document: PDFDocument, pages: Int) throws(PDFError) -> [GeneratedFile] {
        let content = try PaperReader().readText(document, limit: pages)
        return PaperFiles(content: content).files
    }

    /// What `--repo` gave: its scan, its HEAD and history, or why the history is missing.
    struct ScannedRepository {
        var scan: RepositoryScan?
        var commit: String?
        var git: GitRepository?
        var historyNote: String?
    }

    /// Stage 2: the repository's environment, code and configs, and its git history if it has one.
    static func scanRepository(_ options: CompileOptions, progress: @escaping @Sendable (String) -> Void)
        throws(CompileError) -> ScannedRepository
    {
        var scanned = ScannedRepository()
        guard let repo = options.repository else { return scanned }
        progress("scanning the repository \(repo.path)")
        do {
            scanned.scan = try RepositoryScanner.scan(root: repo)
        } catch {
            throw .repository(error)
        }
        guard FileManager.default.fileExists(atPath: repo.appendingPathComponent(".git").path) else { return scanned }
        do {
            let repository = try GitRepository(at: repo.path)
            scanned.git = repository
            scanned.commit = try repository.resolve("HEAD")
        } catch {
            scanned.historyNote = "trace/: the history was not captured (\(error))"
        }
        return scanned
    }

    /// Stage 4: the repository's history captured into the staged bundle, and
    /// a pending claim block for each claim it cites; returns the nodes added.
    static func captureHistory(
        _ repository: ScannedRepository, into staged: StagedDirectory, _ options: CompileOptions,
        _ pending: inout [String], _ progress: @escaping @Sendable (String) -> Void
    ) throws(CompileError) -> Int {
        guard let git = repository.git else { return 0 }
        progress("capturing the repository's history")
        let report: CaptureReport
        do {
            report = try HistoryCapture.run(
                repository: git, bundle: staged.url,
                options: CaptureOptions(now: options.now, offsetMinutes: options.offsetMinutes))
        } catch {
            throw .write("cannot capture the repository's history: \(error)")
        }
        let cited = ClaimPlaceholders.cited(inTree: staged.text("trace/exploration_tree.yaml") ?? "")
        if !cited.isEmpty {
            try staged.replace("logic/claims.md", with: ClaimPlaceholders.render(cited))
            pending.append("logic/claims.md: \(cited.count) claims cited by the history, statements pending")
        }
        return report.nodes.count
    }

    /// Refuses a non-empty output unless forced, a file in its place always,
    /// and an output that is or holds the inputs: `--force` replaces the
    /// folder, and must never delete the paper or the repository.
    private static func checkOutput(_ out: URL, options: CompileOptions) throws(CompileError) {
        let target = out.resolvingSymlinksInPath().path
        func inside(_ input: URL) -> Bool {
            let path = input.standardizedFileURL.resolvingSymlinksInPath().path
            return path == target || path.hasPrefix(target == "/" ? "/" : target + "/")
        }
        if inside(options.pdf) || options.repository.map(inside) == true
            || inside(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        {
            throw .output(
                path: out.path,
                reason: "holds the --pdf, the --repo or the current folder, which replacing it would delete; "
                    + "choose a new folder such as ./ara")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: out.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw .output(path: out.path, reason: "exists and is a file; choose another --out")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        guard !entries.isEmpty else { return }
        if !options.force {
            throw .output(path: out.path, reason: "is not empty; pass --force to replace it, or choose another --out")
        }
        // --force replaces a bundle, never an arbitrary folder of the user's.
        guard entries.contains("PAPER.md") else {
            throw .output(
                path: out.path,
                reason: "is not a bundle (no PAPER.md), so --force will not replace it; choose another --out")
        }
    }
}
