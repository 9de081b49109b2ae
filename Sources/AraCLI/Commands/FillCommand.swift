import AraComplete
import AraCore
import ArgumentParser
import Foundation

package struct FillCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "fill",
        abstract: "Fill one field of a claim, experiment, figure or related-work entry, checked by review.",
        discussion: """
            The edit is reviewed in memory first; when review would find anything \
            new (a quote not at its place, a number in no cell the claim's chain \
            reaches, an id that does not exist) it is refused with those findings \
            and nothing is written. Accepted edits rewrite only that block, in \
            canonical form, atomically. A value that is a list is written under \
            the label; Sources entries may leave out their `- ` (a value that \
            starts with a dash must follow `--`).

            Examples:
              arakit pending my-ara
              arakit fill my-ara C03 Statement 'Insertion sort beats merge sort.'
              arakit fill my-ara C03 Sources \\
                '0.82 µs ← evidence/tables/table1.md:12 «| 8 | 0.82 |» [result]'
              arakit fill my-ara C03 Proof -- '- E01'
              arakit fill my-ara 'Figure 1' 'Figure type' quantitative_plot
              arakit fill my-ara RW02 Type baseline --json

            Exit status: 0 written (or already so), 1 refused (findings), 2 error.
            """
    )

    @Argument(help: "The bundle directory.", completion: .directory)
    var bundle: String

    @Argument(help: "The object: C03, E02, H01, RW04, 'Figure 2', or an evidence file's path.")
    var target: String

    @Argument(help: "The field (Statement, Sources, Type, 'Figure type' …; Title for the heading).")
    var field: String

    @Argument(help: "The value, as Markdown.")
    var value: String

    @Flag(help: "Overwrite a field that already holds text that is not pending.")
    var replace = false

    @Flag(help: "Print the result as JSON.")
    var json = false

    package init() {}

    package func run() throws {
        let result: CompletionResult
        do {
            result = try Completer().fill(
                bundle: URL(fileURLWithPath: bundle), target: target, field: field, value: value, replace: replace)
        } catch {
            throw CLIError(error.description)
        }
        try CompletionOutput.report(result, what: "\(result.target) \(field)", json: json)
    }
}
