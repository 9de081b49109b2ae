import AraComplete
import AraCore
import ArgumentParser
import Foundation

package struct PendingCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "pending",
        abstract: "List every pending field of a bundle and what would fill it.",
        discussion: """
            A field is pending when its value is `pending`, `pending: reason` or a \
            Sources entry `value ← [pending: reason]`, as compile and init write \
            them. Each line gives the place, the field, what its value must be, \
            and the `arakit fill` command that writes it (none when a person \
            edits that file by hand).

            Examples:
              arakit pending my-ara
              arakit pending my-ara --json | jq '.[] | select(.command)'

            Exit status: 0 nothing pending, 1 fields pending, 2 error.
            """
    )

    @Argument(help: "The bundle directory.", completion: .directory)
    var bundle: String

    @Flag(help: "Print a JSON array of {target, field, path, line, value, fill, command}.")
    var json = false

    package init() {}

    package func run() throws {
        let fields: [PendingField]
        do {
            fields = try PendingFields.list(at: URL(fileURLWithPath: bundle))
        } catch {
            throw CLIError(error.description)
        }
        if json {
            print(try JSONOutput.encode(fields))
        } else {
            let style = TerminalStyle.forStandardOutput()
            for field in fields {
                // An evidence file is its own target: say its path once.
                let object = field.target == field.path ? "" : style.bold(field.target) + " "
                print("\(field.path):\(field.line): \(object)\(field.field): \(field.fill)")
                if let command = field.command {
                    print(style.dim("  arakit fill \(shellWord(bundle)) \(command) VALUE"))
                }
            }
            print("\(fields.count) pending field(s)")
        }
        if !fields.isEmpty { throw ExitCode(1) }
    }

    func shellWord(_ word: String) -> String { word.contains(" ") ? "'\(word)'" : word }
}
