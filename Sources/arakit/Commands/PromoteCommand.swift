import AraCapture
import ArgumentParser
import Foundation

struct PromoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promote",
        abstract: "Move a staged observation into its logic file, given a closure signal.",
        discussion: """
            Interpretations wait in staging/observations.yaml until something closes them. \
            --because names that signal, and promote refuses without it:
              abandoned         the topic was abandoned; what was learnt stays
              affirmed          you affirm it
              resolved-by:N31   experiment node N31 resolved it
              cited-by:N40      decision node N40 cites it
            The observation becomes a new block at the end of its file (a claim with \
            Status: hypothesis, its other fields pending) and is marked promoted, with \
            promoted_to naming the block.

            Examples:
              arakit promote O07 --as claim --because resolved-by:N31
              arakit promote O02 --as heuristic --because affirmed \\
                  --title "Warm up for 2% of steps"

            Exit status: 0 promoted, 2 error (nothing written).
            """
    )

    @Argument(help: "The observation's id (O07).")
    var observation: String

    @Option(name: .customLong("as"), help: "claim, heuristic, concept or constraint.")
    var kind: String

    @Option(help: "The closure signal: abandoned, affirmed, resolved-by:NODE or cited-by:NODE.")
    var because: String

    @Option(help: "The new block's title (default: the observation's first sentence).")
    var title: String?

    @Option(help: "The bundle (default: ./ if it holds PAPER.md, else ./ara).", completion: .directory)
    var bundle: String?

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() throws {
        guard let target = Promoter.Kind(rawValue: kind) else {
            throw CLIError("--as \(kind): use claim, heuristic, concept or constraint")
        }
        guard let signal = Promoter.Signal(because) else {
            throw CLIError(
                "--because \(because): use abandoned, affirmed, resolved-by:NODE or cited-by:NODE (an observation leaves staging only on a closure signal)"
            )
        }
        let bundlePath = try BundleLocation.resolve(bundle)
        let clock = BundleLocation.now()
        do {
            let promotion = try Promoter.promote(
                observation, as: target, because: signal, title: title, bundle: URL(fileURLWithPath: bundlePath),
                now: clock.epoch, offsetMinutes: clock.offsetMinutes)
            if json {
                print(try JSONOutput.encode(["id": promotion.id, "path": promotion.path, "title": promotion.title]))
            } else {
                print("Promoted \(observation) to \(promotion.id) in \(promotion.path) (\(signal)).")
            }
        } catch let error as CaptureError {
            throw CLIError(error.description)
        }
    }
}
