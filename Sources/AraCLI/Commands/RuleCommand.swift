import AraCore
import AraReview
import ArgumentParser

package struct RuleCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "rule",
        abstract: "Explain a review rule: what it checks, why it matters, an example, and the fix.",
        discussion: """
            Examples:
              arakit rule CL001
              arakit rule claim-missing-field
              arakit rule --all
              arakit rule --all --json | jq '.[] | select(.fixable)'
            """
    )

    @Argument(help: "A rule code (CL001) or name (claim-missing-field).")
    var code: String?

    @Flag(help: "List every rule.")
    var all = false

    @Flag(help: "Print JSON instead of text.")
    var json = false

    struct Entry: Encodable {
        var code, name, family, severity, summary, why, example, fix: String
        var fixable: Bool
        init(_ rule: RuleDescription) {
            code = rule.code
            name = rule.name
            family = rule.family.title
            severity = rule.severity.rawValue
            summary = rule.summary
            why = rule.why
            example = rule.example
            fix = rule.howToFix
            fixable = rule.fixable
        }
    }

    package init() {}

    package func validate() throws {
        if all == (code != nil) { throw ValidationError("give a rule code, or --all") }
    }

    package func run() throws {
        if all {
            let rules = RuleRegistry.descriptions
            if json {
                print(try JSONOutput.encode(rules.map(Entry.init)))
            } else {
                for rule in rules {
                    print(
                        "\(rule.code)  \(rule.name.padding(toLength: 32, withPad: " ", startingAt: 0)) \(rule.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))\(rule.fixable ? "[*] " : "    ")\(rule.summary)"
                    )
                }
            }
            return
        }
        guard let code, let rule = RuleRegistry.description(of: code) else {
            throw CLIError("no rule '\(code ?? "")' (list them with `arakit rule --all`)")
        }
        if json {
            print(try JSONOutput.encode(Entry(rule)))
            return
        }
        let style = TerminalStyle.forStandardOutput()
        print(
            """
            \(style.bold("\(rule.code) \(rule.name)")) (\(rule.family.title), \(rule.severity.rawValue)\(rule.fixable ? ", fixable" : ""))

            \(rule.summary)

            \(style.bold("Why it matters"))
            \(rule.why)

            \(style.bold("Example"))
            \(rule.example.splitLines().map { "    " + $0 }.joined(separator: "\n"))

            \(style.bold("How to fix"))
            \(rule.howToFix)
            """)
    }
}
