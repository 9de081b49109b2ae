import AraCapture
import AraCore
import Foundation

/// Stage 3 of a compile: every file of the new bundle, from the template,
/// the paper and the repository, with PAPER.md's index and the pending list.
struct Assembled {
    let read: Compiler.ReadPaper
    let repository: Compiler.ScannedRepository
    let options: CompileOptions
    let index: PaperIndex
    var files: [GeneratedFile]
    var pending: [String]

    init(read: Compiler.ReadPaper, repository: Compiler.ScannedRepository, options: CompileOptions) {
        self.read = read
        self.repository = repository
        self.options = options
        let paper = read.paper
        let date = CivilTime(epoch: options.now, offsetMinutes: options.offsetMinutes).date
        let template = BundleTemplate(title: paper.titleBlock.title ?? "pending", date: date)
        var byPath: [String: GeneratedFile] = [:]
        for file in template.files() { byPath[file.path] = GeneratedFile(path: file.path, text: file.text) }
        for file in paper.files { byPath[file.path] = file }
        for file in repository.scan?.files ?? [] { byPath[file.path] = file }
        byPath["staging/observations.yaml"] = GeneratedFile(
            path: "staging/observations.yaml",
            text: Staging.observations(paper.claims, deadEnds: paper.deadEnds, timestamp: date))
        files = Array(byPath.values)
        pending = paper.pending + (repository.scan?.pending ?? []) + (repository.historyNote.map { [$0] } ?? [])
        if repository.scan == nil { pending.append("src/: no --repo given; environment and code index pending") }
        index = PaperIndex(
            titleBlock: paper.titleBlock, abstract: paper.abstract, pdfName: options.pdf.lastPathComponent,
            pdfDigest: read.digest, repository: options.repository?.lastPathComponent, commit: repository.commit,
            date: date)
        pending += index.pending
    }

    /// What the compile produced, once the bundle is in place.
    func report(historyNodes: Int, files written: [String]) -> CompileReport {
        let content = read.content
        let paper = read.paper
        let scan = repository.scan
        return CompileReport(
            bundle: options.output.path, repository: options.repository?.path, pages: content.pageCount,
            title: paper.titleBlock.title,
            authors: paper.titleBlock.authors, sections: paper.sectionFiles.count, tables: content.tables.count,
            tablesWithCells: content.tables.filter { (try? $0.grid.get()) != nil }.count,
            figures: content.figures.count, references: paper.references.count, candidateClaims: paper.claims.count,
            dependencies: scan?.dependencies ?? 0, artifacts: scan?.artifacts ?? 0, parameters: scan?.parameters ?? 0,
            historyNodes: historyNodes, files: written, pending: pending)
    }
}
