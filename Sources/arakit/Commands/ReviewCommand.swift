import AraCore
import AraReview
import ArgumentParser
import Foundation

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github
    }

    @Argument(help: "Bundle directories (folders that hold PAPER.md).", completion: .directory)
    var bundles: [String]

    @Option(help: "Output format: text, json, sarif or github.")
    var format: Format = .text

    @Option(
        help: ArgumentHelp(
            "Rule codes, prefixes or names to run, comma-separated (replaces arakit.toml's select).",
            valueName: "codes"))
    var select: [String] = []

    @Option(help: ArgumentHelp("Rule codes, prefixes or names to skip, comma-separated.", valueName: "codes"))
    var ignore: [String] = []

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

    func validate() throws {
        if fix && diff {
            throw ValidationError("--fix and --diff cannot be combined; --diff previews what --fix writes")
        }
        let unknown = RuleSelection.unknown(selectors(select) + selectors(ignore))
        if !unknown.isEmpty {
            throw ValidationError(
                "unknown rule selector(s): \(unknown.joined(separator: ", ")) (list them with `arakit rule --all`)")
        }
    }

    /// Whether `file` lies in the bundle directory `bundle` (links resolved).
    static func holds(_ bundle: String, _ file: String) -> Bool {
        BundleFileSystem.isInside(URL(fileURLWithPath: file), root: URL(fileURLWithPath: bundle))
    }

    func selectors(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    func run() throws {
        if let outputFile, let bundle = bundles.first(where: { Self.holds($0, outputFile) }) {
            throw CLIError(
                "--output-file \(outputFile) is inside the bundle \(bundle) being reviewed; the report would replace or join its files (write it outside the bundle)"
            )
        }
        let reviewer = Reviewer(select: select.isEmpty ? nil : selectors(select), ignore: selectors(ignore))
        let roots = bundles.map { URL(fileURLWithPath: $0) }
        var reported: [ReportedBundle] = []
        var diffs: [String] = []
        var failed = false
        if fix || diff {
            let applier = FixApplier(reviewer: reviewer)
            for (bundle, root) in zip(bundles, roots) {
                do {
                    let outcome = try applier.fix(at: root, write: fix)
                    reported.append(ReportedBundle(displayPath: bundle, findings: outcome.review.findings))
                    for (path, change) in outcome.changes.sorted(by: { $0.key < $1.key }) {
                        diffs.append(
                            UnifiedDiff.render(
                                path: ReportedBundle.join(bundle, path),
                                before: change.before, after: change.after))
                    }
                    for path in outcome.removedLeftovers {
                        StandardError.write(
                            "note: removed \(ReportedBundle.join(bundle, path)), left by an interrupted write")
                    }
                    for (finding, reason) in outcome.dropped {
                        StandardError.write("note: \(finding.code) fix at \(finding.location) not applied: \(reason)")
                    }
                    if fix, !outcome.applied.isEmpty {
                        StandardError.write(
                            "fixed \(outcome.applied.count) finding(s) in \(outcome.changes.count) file(s) of \(bundle)"
                        )
                    }
                } catch {
                    StandardError.write("error: \(Self.message(error, root: root, typed: bundle))")
                    failed = true
                }
            }
        } else if format == .sarif || statistics || bundles.count <= Self.chunk || outputFile != nil {
            for (bundle, result) in zip(bundles, reviewer.review(roots, keepingFixEdits: format == .sarif)) {
                switch result {
                case .success(let review):
                    reported.append(ReportedBundle(displayPath: bundle, findings: review.findings))
                case .failure(let error):
                    StandardError.write(
                        "error: \(Self.message(error, root: URL(fileURLWithPath: bundle), typed: bundle))")
                    failed = true
                }
            }
        } else {
            // Many bundles: review and print a chunk at a time, so memory does not grow with the count.
            let (hadFindings, hadErrors) = try stream(reviewer, roots: roots)
            if hadErrors { throw ExitCode(2) }
            if !exitZero, hadFindings { throw ExitCode(1) }
            return
        }
        // A run whose every bundle failed has nothing to report: its errors said it.
        if !(failed && reported.isEmpty) { try emit(render(reported, diffs: diffs)) }
        if failed { throw ExitCode(2) }
        if !exitZero, reported.contains(where: { !$0.findings.isEmpty }) { throw ExitCode(1) }
    }

    /// Bundles reviewed (in parallel) per printed chunk when streaming.
    static let chunk = 64

    /// Reviews and prints text, GitHub or JSON reports chunk by chunk; returns
    /// whether any bundle had findings and whether any failed.
    func stream(_ reviewer: Reviewer, roots: [URL]) throws -> (Bool, Bool) {
        let text = TextReporter(style: textStyle())
        let json = JSONReporter(version: AraKitVersion.current)
        var summary = ReportSummary()
        var failed = false
        var first = true
        if format == .json { print("[") }
        for start in stride(from: 0, to: roots.count, by: Self.chunk) {
            let range = start..<min(start + Self.chunk, roots.count)
            for (bundle, result) in zip(bundles[range], reviewer.review(Array(roots[range]), keepingFixEdits: false)) {
                switch result {
                case .success(let review):
                    let report = ReportedBundle(displayPath: bundle, findings: review.findings)
                    summary.add(review.findings)
                    switch format {
                    case .json:
                        print((first ? "" : ",") + (try json.render([report])))
                        first = false
                    case .github: print(GitHubReporter().render([report]))
                    default: for line in text.findingLines(report) { print(line) }
                    }
                case .failure(let error):
                    StandardError.write(
                        "error: \(Self.message(error, root: URL(fileURLWithPath: bundle), typed: bundle))")
                    failed = true
                }
            }
        }
        if format == .json { print("]") }
        if format == .text { print(text.summary(summary, bundles: roots.count)) }
        return (summary.findings > 0, failed)
    }

    func textStyle() -> TextReporter.Style {
        let style = outputFile == nil ? TerminalStyle.forStandardOutput() : TerminalStyle(enabled: false)
        return TextReporter.Style(
            bold: { style.bold($0) },
            severity: { severity, code in
                switch severity {
                case .error: style.red(code)
                case .warning: style.yellow(code)
                case .info: style.cyan(code)
                }
            })
    }

    /// The error with the bundle path as the user typed it, not made absolute.
    static func message(_ error: ReviewError, root: URL, typed: String) -> String {
        error.description.replacingOccurrences(of: root.path, with: typed)
    }

    func render(_ reported: [ReportedBundle], diffs: [String]) throws -> String {
        if diff { return diffs.isEmpty ? "No fixes to apply." : diffs.joined(separator: "\n") }
        let text = TextReporter(style: textStyle())
        if statistics { return text.statistics(reported) }
        switch format {
        case .text: return text.render(reported)
        case .json: return try JSONReporter(version: AraKitVersion.current).render(reported)
        case .sarif: return try SARIFReporter(version: AraKitVersion.current).render(reported)
        case .github: return GitHubReporter().render(reported)
        }
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
