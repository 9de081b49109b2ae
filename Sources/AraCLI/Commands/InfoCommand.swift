import AraCore
import ArgumentParser
import Foundation

package struct InfoCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Summarise a bundle: title, authors, layers, object counts and reader diagnostics.",
        discussion: """
            Reads every layer with the tolerant reader and prints what it found. Problems in \
            the files are diagnostics (path:line:col: CODE severity: message), never crashes; \
            SPEC.md lists every code.

            Examples:
              arakit info examples/tiny-sort
              arakit info ../shared/corpus/bundles/resnet-ara-example --json

            Exit status: 0 read cleanly (info and warnings allowed), 1 the reader reported \
            errors, 2 the bundle could not be read at all.
            """
    )

    @Argument(help: "The bundle directory (the folder that holds PAPER.md).", completion: .directory)
    var bundle: String

    @Flag(help: "Print one JSON object (shape in SPEC.md §7) instead of text.")
    var json = false

    package init() {}

    package func run() throws {
        let result: ReadResult
        do {
            result = try BundleReader().read(at: URL(fileURLWithPath: bundle))
        } catch {
            throw CLIError(error.description)
        }
        let summary = BundleSummary(bundlePath: bundle, result: result)
        if json {
            print(try JSONOutput.encode(summary))
        } else {
            print(InfoText.render(summary, style: TerminalStyle.forStandardOutput()))
        }
        if result.diagnostics.contains(where: { $0.severity == .error }) {
            throw ExitCode(1)
        }
    }
}
