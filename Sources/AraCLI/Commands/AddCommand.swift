import AraComplete
import AraCore
import ArgumentParser
import Foundation

package struct AddCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a claim or an experiment block to a bundle, checked by review.",
        discussion: """
            FILE holds one block, `## C07: Title` followed by its fields. It is \
            appended to logic/claims.md (or logic/experiments.md) only when review \
            of the result finds nothing new; otherwise the findings are printed and \
            nothing is written. Add an experiment before the claim whose Proof \
            names it.

            Examples:
              arakit add experiment my-ara --from e04.md
              arakit add claim my-ara --from c07.md
              arakit add claim my-ara --from - < c07.md --json

            Exit status: 0 written (or already there), 1 refused (findings), 2 error.
            """
    )

    @Argument(help: "claim or experiment.")
    var kind: Kind

    @Argument(help: "The bundle directory.", completion: .directory)
    var bundle: String

    @Option(help: "The Markdown file holding the block ('-' reads standard input).", completion: .file())
    var from: String

    @Flag(help: "Print the result as JSON.")
    var json = false

    enum Kind: String, ExpressibleByArgument, CaseIterable { case claim, experiment }

    package init() {}

    package func run() throws {
        let completer = Completer()
        let markdown = try BlockInput.read(from, limit: completer.maximumBlockBytes)
        let result: CompletionResult
        do {
            result = try completer.add(
                kind == .claim ? .claim : .experiment, bundle: URL(fileURLWithPath: bundle), markdown: markdown)
        } catch {
            throw CLIError(error.description)
        }
        try CompletionOutput.report(result, what: "\(kind.rawValue) \(result.target)", json: json)
    }
}
