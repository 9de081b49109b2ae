import AraCLI
import AraCompile
import AraCore
import ArgumentParser
import Foundation

package struct CompileCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
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

    @OptionGroup var output: JSONOption

    @OptionGroup var quiet: QuietOption

    package init() {}

    package func validate() throws {
        guard (36...600).contains(dpi) else { throw ValidationError("--dpi must be between 36 and 600") }
    }

    package func run() throws {
        let clock = BundleLocation.now()
        var options = CompileOptions(
            pdf: URL(fileURLWithPath: pdf), repository: repo.map { URL(fileURLWithPath: $0) },
            output: URL(fileURLWithPath: out), force: force, dpi: dpi, now: clock.epoch,
            offsetMinutes: clock.offsetMinutes)
        let quiet = self.quiet.quiet
        let interruption = CompileInterruption(output: options.output.standardizedFileURL) {
            StandardError.write("compile: \($0)")
        }
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
        if output.json {
            print(try JSONOutput.encode(report))
        } else if !quiet {
            print(report.text(style: TerminalStyle.forStandardOutput()))
        }
    }
}
