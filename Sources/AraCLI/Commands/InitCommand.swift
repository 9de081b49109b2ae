import AraCore
import ArgumentParser
import Foundation

package struct InitCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new bundle from AraKit's templates.",
        discussion: """
            Writes PAPER.md and the files of every layer, each with its headings and \
            'pending' markers to fill in. The new bundle reads with zero diagnostics.

            Examples:
              arakit init my-paper --title "Sparse attention at scale"
              arakit init . --force            # into the current, non-empty directory
            """
    )

    @Argument(help: "Directory to create the bundle in (created if missing).", completion: .directory)
    var directory: String

    @Option(help: "The paper's title, written into PAPER.md.")
    var title: String = "Untitled research artifact"

    @Flag(help: "Write into a directory that already holds files (existing files with the same names are replaced).")
    var force = false

    package init() {}

    package func run() throws {
        let url = URL(fileURLWithPath: directory)
        let written: [String]
        do {
            written = try BundleTemplate(title: title, date: BundleTemplate.today()).create(at: url, force: force)
        } catch {
            throw CLIError(error.description)
        }
        let style = TerminalStyle.forStandardOutput()
        print("\(style.bold("Created")) \(directory) (\(written.count) files). Next: arakit info \(directory)")
    }
}
