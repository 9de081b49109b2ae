import AraCapture
import AraCore
import AraGit
import AraPDF
import Foundation

/// `arakit compile`: a paper PDF (and its repository) into a new bundle.
/// Everything is written into a temporary directory next to the output and
/// renamed into place at the end, so a failed run leaves nothing behind.
public enum Compiler {
    /// Compiles. `progress` receives one line per stage and per page.
    public static func compile(_ options: CompileOptions, progress: @escaping @Sendable (String) -> Void)
        throws(CompileError) -> CompileReport
    {
        let manager = FileManager.default
        let out = options.output.standardizedFileURL
        // Leftovers first: a bundle a stopped compile had set aside is put back
        // before the output is checked, so --force is still needed to replace it.
        for note in CompileLeftovers.cleanStale(beside: out) { progress(note) }
        try checkOutput(out, options: options)
        let document: PDFDocument
        var content: PaperContent
        do {
            document = try PDFDocument(url: options.pdf, displayPath: options.pdf.path)
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
        progress("writing the bundle")
        let paper = PaperFiles(content: content)
        content.flow = []  // now held as sections by `paper`
        var scan: RepositoryScan?
        var commit: String?
        var gitRepository: GitRepository?
        var historyNote: String?
        if let repo = options.repository {
            progress("scanning the repository \(repo.path)")
            do {
                scan = try RepositoryScanner.scan(root: repo)
            } catch {
                throw .repository(error)
            }
            if manager.fileExists(atPath: repo.appendingPathComponent(".git").path) {
                do {
                    let repository = try GitRepository(at: repo.path)
                    gitRepository = repository
                    commit = try repository.resolve("HEAD")
                } catch {
                    historyNote = "trace/: the history was not captured (\(error))"
                }
            }
        }
        let date = CivilTime(epoch: options.now, offsetMinutes: options.offsetMinutes).date
        let template = BundleTemplate(title: paper.titleBlock.title ?? "pending", date: date)
        var files: [String: GeneratedFile] = [:]
        for file in template.files() { files[file.path] = GeneratedFile(path: file.path, text: file.text) }
        for file in paper.files { files[file.path] = file }
        for file in scan?.files ?? [] { files[file.path] = file }
        files["staging/observations.yaml"] = GeneratedFile(
            path: "staging/observations.yaml",
            text: Staging.observations(paper.claims, deadEnds: paper.deadEnds, timestamp: date))
        var pending = paper.pending + (scan?.pending ?? []) + (historyNote.map { [$0] } ?? [])
        if scan == nil { pending.append("src/: no --repo given; environment and code index pending") }
        let paperFile = PaperIndex(
            titleBlock: paper.titleBlock, abstract: paper.abstract, pdfName: options.pdf.lastPathComponent,
            pdfDigest: digest, repository: options.repository?.lastPathComponent, commit: commit,
            date: date)
        pending += paperFile.pending

        // Write into a sibling temporary directory, then rename into place.
        let parent = out.deletingLastPathComponent()
        let staging = CompileLeftovers.staging(for: out, pid: getpid())
        try? manager.removeItem(at: staging)
        let stopIfAsked = { () throws(CompileError) in
            try options.cancellation?.check { try? manager.removeItem(at: staging) }
        }
        for file in files.values.sorted(by: { $0.path < $1.path }) {
            try stopIfAsked()
            do {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.data).write(to: url)
            } catch {
                try? manager.removeItem(at: staging)
                throw .write(
                    "cannot write the bundle under \(parent.path): check that the folder can be created and written "
                        + "(\(error.localizedDescription))")
            }
        }
        var historyNodes = 0
        try stopIfAsked()
        if let gitRepository {
            progress("capturing the repository's history")
            do {
                let report = try HistoryCapture.run(
                    repository: gitRepository, bundle: staging,
                    options: CaptureOptions(now: options.now, offsetMinutes: options.offsetMinutes))
                historyNodes = report.nodes.count
                let treeURL = staging.appendingPathComponent("trace/exploration_tree.yaml")
                let cited = ClaimPlaceholders.cited(inTree: (try? String(contentsOf: treeURL, encoding: .utf8)) ?? "")
                if !cited.isEmpty {
                    try Data(ClaimPlaceholders.render(cited).utf8).write(
                        to: staging.appendingPathComponent("logic/claims.md"))
                    pending.append("logic/claims.md: \(cited.count) claims cited by the history, statements pending")
                }
            } catch {
                try? manager.removeItem(at: staging)
                throw .write("cannot capture the repository's history: \(error)")
            }
        }
        try stopIfAsked()
        // PAPER.md last: its Layer Index lists every file, capture's included.
        let written = Set(listFiles(under: staging) + ["PAPER.md"]).sorted()
        do {
            try Data(paperFile.render(files: written).utf8).write(to: staging.appendingPathComponent("PAPER.md"))
        } catch {
            try? manager.removeItem(at: staging)
            throw .write("cannot write PAPER.md: \(error.localizedDescription)")
        }
        try stopIfAsked()
        do {
            if manager.fileExists(atPath: out.path) {
                // No other writer may be changing the bundle being replaced.
                let lock = try BundleLock.acquire(out, command: "compile --force")
                defer { lock.release() }
                let old = CompileLeftovers.aside(for: out, pid: getpid())
                try? manager.removeItem(at: old)
                try manager.moveItem(at: out, to: old)
                do {
                    try manager.moveItem(at: staging, to: out)
                } catch {
                    // Put the user's bundle back before reporting the failure.
                    try? manager.moveItem(at: old, to: out)
                    throw error
                }
                try? manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: out)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw .write(
                "cannot move the bundle into \(out.path): \((error as? AraError)?.description ?? error.localizedDescription)"
            )
        }
        return CompileReport(
            bundle: options.output.path, repository: options.repository?.path, pages: content.pageCount,
            title: paper.titleBlock.title,
            authors: paper.titleBlock.authors, sections: paper.sectionFiles.count, tables: content.tables.count,
            tablesWithCells: content.tables.filter { (try? $0.grid.get()) != nil }.count,
            figures: content.figures.count, references: paper.references.count, candidateClaims: paper.claims.count,
            dependencies: scan?.dependencies ?? 0, artifacts: scan?.artifacts ?? 0, parameters: scan?.parameters ?? 0,
            historyNodes: historyNodes, files: written, pending: pending)
    }

    /// Bundle-relative paths of the regular files under `root`.
    private static func listFiles(under root: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var paths: [String] = []
        let base = root.standardizedFileURL.path + "/"
        for case let url as URL in walker
        where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            paths.append(String(url.standardizedFileURL.path.dropFirst(base.count)))
        }
        return paths
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
