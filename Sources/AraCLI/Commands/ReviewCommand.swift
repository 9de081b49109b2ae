import AraCore
import AraReview
import ArgumentParser
import Foundation

package struct ReviewCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Check bundles: structure, claims, trace, evidence, claim-to-evidence sources, drift.",
        discussion: """
            Runs every objective check of a bundle and prints one line per finding, \
            `path:line:col: CODE message`. `arakit rule CODE` explains a rule; SPEC.md §9 lists them all. \
            A bundle may carry an arakit.toml (select, ignore, per-file-ignores).

            Examples:
              arakit review my-paper
              arakit review my-paper --select CL,EV --ignore CL005
              arakit review my-paper --diff          # show safe fixes, change nothing
              arakit review my-paper --fix           # apply them
              arakit review bundles/* --statistics
              arakit review my-paper --format sarif --output-file review.sarif

            Exit status: 0 no findings, 1 findings (after fixes, with --fix), 2 usage or \
            I/O error.
            """
    )

    @Argument(help: "Bundle directories (folders that hold PAPER.md).", completion: .directory)
    var bundles: [String]

    @Option(help: "Output format: text, json, sarif or github.")
    var format: ReportOptions.Format = .text

    @OptionGroup var rules: RuleSelectorOptions

    @Flag(help: "Apply safe fixes and write the changed files (each fix is re-checked first).")
    var fix = false

    @Flag(help: "Print the safe fixes as a unified diff; change nothing.")
    var diff = false

    @Flag(help: "Print the number of findings per rule instead of the findings.")
    var statistics = false

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var outputFile: String?

    @Flag(help: "Exit 0 even when there are findings.")
    var exitZero = false

    package init() {}

    package func validate() throws {
        if fix && diff {
            throw ValidationError("--fix and --diff cannot be combined; --diff previews what --fix writes")
        }
        let holds = { (bundle: String, file: String) in
            BundleFileSystem.isInside(URL(fileURLWithPath: file), root: URL(fileURLWithPath: bundle))
        }
        if let outputFile, let bundle = bundles.first(where: { holds($0, outputFile) }) {
            throw ValidationError(
                "--output-file \(outputFile) is inside the bundle \(bundle) being reviewed; the report would replace or join its files (write it outside the bundle)"
            )
        }
    }

    package func run() throws {
        let reviewer = rules.reviewer()
        let run = ReviewRun(reviewer: reviewer, mode: fix ? .fix : diff ? .diff : .review) { StandardError.write($0) }
        let targets = bundles.map(ReviewRun.Bundle.init(displayPath:))
        let options = ReportOptions(
            format: format, statistics: statistics,
            style: TextReporter.Style(
                terminal: TerminalStyle(enabled: outputFile == nil && TerminalStyle.forStandardOutput().enabled)),
            version: AraKitVersion.current)
        // Many bundles to standard output: a chunk at a time, so memory does not grow with the count.
        if run.mode == .review, options.streams, outputFile == nil, bundles.count > ReviewRun.chunk {
            var report = StreamingReport(options: options)
            let (hadFindings, failed) = try run.stream(targets, report: &report) { print($0) }
            return try finish(failed: failed, findings: hadFindings)
        }
        let outcome = run.run(targets, keepingFixEdits: format == .sarif)
        // A run whose every bundle failed has nothing to report: its errors said it.
        if !(outcome.failed && outcome.reported.isEmpty) {
            try emit(
                diff
                    ? (outcome.diffs.isEmpty ? "No fixes to apply." : outcome.diffs.joined(separator: "\n"))
                    : try options.render(outcome.reported))
        }
        try finish(failed: outcome.failed, findings: outcome.hadFindings)
    }

    /// Exit 2 when a bundle failed, 1 with findings (unless --exit-zero).
    func finish(failed: Bool, findings: Bool) throws {
        if failed { throw ExitCode(2) }
        if !exitZero, findings { throw ExitCode(1) }
    }

    func emit(_ output: String) throws {
        guard let outputFile else {
            if !output.isEmpty { print(output) }
            return
        }
        do {
            try AtomicFile.write(output + "\n", to: URL(fileURLWithPath: outputFile))
        } catch {
            throw CLIError(error.description)
        }
    }
}

extension ReportOptions.Format: ExpressibleByArgument {}
