import AraCore
import AraRead
import ArgumentParser
import Foundation

package struct ReadCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read a bundle progressively, within a token budget.",
        discussion: """
            Without a target: level 1, the title, authors, abstract, one line per \
            claim and the layer index. With one: that object and what it references, \
            one step out. A claim shows its Proof experiments, their evidence files \
            and the table cells its numbers come from; a node its ancestry, children \
            and dead ends; an evidence table the claims that cite it.

            TARGET is a layer (logic, src, trace, evidence), a path inside the \
            bundle, Table N or Figure N, or an id: C03, E02, N17, H01, RW04, O12, a \
            session id. The output never exceeds the budget in o200k_base tokens; \
            what does not fit is replaced by the command that reads it next.

            Examples:
              arakit read my-paper
              arakit read my-paper C03
              arakit read my-paper logic --from C08
              arakit read my-paper "Table 3" --budget 500
              arakit read my-paper N17 --json | jq .sections

            Exit status: 0 read, 2 the bundle or target could not be read.
            """
    )

    @Argument(help: "The bundle directory (the folder that holds PAPER.md).", completion: .directory)
    var bundle: String

    @Argument(help: "What to read: a layer, a path, Table N, Figure N or an id.")
    var target: String?

    @Option(help: "Most tokens to print (default 200 without a target, 2000 with one).")
    var budget: Int?

    @Option(help: "Start the list or file at this id, path or line (as a pointer gives it).")
    var from: String?

    @Flag(help: "Print the page as JSON (shape in SPEC.md §12) instead of text.")
    var json = false

    package init() {}

    package func validate() throws {
        if let budget, budget < Self.minimumBudget {
            throw ValidationError(
                "--budget must be at least \(Self.minimumBudget) tokens (a pointer alone takes about that)")
        }
    }

    static let minimumBudget = 30

    package func run() throws {
        let page: ReadPage
        do {
            // One target per process: parse only the files its page needs.
            let reading = try BundleReading(root: URL(fileURLWithPath: bundle), scope: .target(target ?? ""))
            page = try reading.page(
                target, budget: budget ?? (target == nil ? 200 : 2000), from: from,
                style: .command(bundle: bundle))
        } catch {
            throw CLIError(error.description)
        }
        print(json ? try JSONOutput.encode(page) : page.text)
    }
}
