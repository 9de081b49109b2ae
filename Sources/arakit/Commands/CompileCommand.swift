import AraCompile
import ArgumentParser
import Foundation

struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile a paper PDF (and its code repository) into a new bundle.",
        discussion: """
            Everything written is extracted verbatim and located (page and box, or \
            file:line); what cannot be extracted is marked pending (SPEC.md §11):
              - PAPER.md: title, authors, year, venue, DOI/arXiv id, abstract, compiled_from \
            (PDF name and SHA-256, repository commit) and a Layer Index of every file;
              - evidence/paper/: the text by section, with page markers;
              - evidence/tables/tableN_*.md + .png: every numbered table, cells exactly as \
            printed (or pending, with the reason), and a crop;
              - evidence/figures/figureN_*.md + .png: every numbered figure, cropped, with \
            the text printed inside it;
              - logic/related_work.md: one block per reference; staging/observations.yaml: \
            sentences that report a result, staged as candidate claims;
              - with --repo: src/environment.md, src/artifacts.md, src/configs/*.md, and the \
            git history captured into trace/ (see `arakit capture`).
            The bundle is written to a temporary directory and renamed into place, so a \
            failed run leaves nothing behind.

            Examples:
              arakit compile --pdf paper.pdf --out paper-ara
              arakit compile --pdf paper.pdf --repo ~/code/model --out model-ara
              arakit compile --pdf paper.pdf --out paper-ara --force --dpi 200 --json

            Exit status: 0 compiled, 2 error (nothing written).
            """
    )

    @Option(help: "The paper PDF.", completion: .file(extensions: ["pdf"]))
    var pdf: String

    @Option(help: "The paper's code repository (a folder; a git repository adds its history).", completion: .directory)
    var repo: String?

    @Option(help: "The bundle folder to create.", completion: .directory)
    var out: String

    @Flag(help: "Replace --out when it already holds a bundle.")
    var force = false

    @Option(help: "Resolution of the table and figure crops, in dots per inch.")
    var dpi: Double = 150

    @Flag(help: "Print the summary as JSON.")
    var json = false

    @Flag(help: "Print no progress on standard error.")
    var quiet = false

    func validate() throws {
        guard (36...600).contains(dpi) else { throw ValidationError("--dpi must be between 36 and 600") }
    }

    func run() throws {
        let clock = BundleLocation.now()
        var options = CompileOptions(
            pdf: URL(fileURLWithPath: pdf), repository: repo.map { URL(fileURLWithPath: $0) },
            output: URL(fileURLWithPath: out), force: force, dpi: dpi, now: clock.epoch,
            offsetMinutes: clock.offsetMinutes)
        let quiet = self.quiet
        let interruption = CompileInterruption(output: options.output.standardizedFileURL)
        defer { interruption.cancel() }
        options.cancellation = interruption.cancellation
        let report: CompileReport
        do {
            report = try Compiler.compile(options) { line in
                if !quiet { StandardError.write("compile: \(line)") }
            }
        } catch .stopped(let signal) {
            StandardError.write("compile: stopped by signal \(signal); nothing was written")
            throw ExitCode(128 + signal)
        } catch {
            throw CLIError(error.description)
        }
        if json {
            print(try JSONOutput.encode(report))
            return
        }
        print(CompileText.render(report))
    }
}

/// The text summary of a compile.
enum CompileText {
    static func render(_ report: CompileReport) -> String {
        let style = TerminalStyle.forStandardOutput()
        var lines = [
            "\(style.bold("Compiled")) \(report.pages) pages into \(report.bundle)",
            "  title:      \(report.title ?? "pending")",
            "  authors:    \(report.authors.isEmpty ? "pending" : report.authors.joined(separator: ", "))",
            "  sections:   \(report.sections)",
            "  tables:     \(report.tables) (\(report.tablesWithCells) with cells)",
            "  figures:    \(report.figures)",
            "  references: \(report.references)",
            "  candidate claims staged: \(report.candidateClaims)",
        ]
        if report.repository != nil {
            lines.append(
                "  repository: \(report.dependencies) dependencies, \(report.artifacts) code artifacts, "
                    + "\(report.parameters) config parameters, \(report.historyNodes) history nodes")
        }
        lines.append("  files:      \(report.files.count)")
        if !report.pending.isEmpty {
            lines.append("\(style.bold("Pending")) (\(report.pending.count)):")
            lines += report.pending.map { "  - \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}

/// Ctrl-C or a TERM during a compile: the compile is asked to stop before
/// its next write and removes what it wrote; when it was not writing, what a
/// stop can leave (a bundle set aside by `--force`) is undone here, then the
/// process exits with 128 + the signal.
final class CompileInterruption {
    let cancellation = CompileCancellation()
    private let sources: [any DispatchSourceSignal]

    init(output: URL) {
        let cancellation = self.cancellation
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                cancellation.cancel(signal: number)
                // A compile that is writing stops at its next file and exits itself.
                guard !cancellation.waitUntilStopped(timeout: 2) else { return }
                for note in CompileLeftovers.clean(for: output, pid: getpid()) {
                    StandardError.write("compile: stopped; \(note)")
                }
                exit(128 + number)
            }
            source.resume()
            return source
        }
    }

    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
