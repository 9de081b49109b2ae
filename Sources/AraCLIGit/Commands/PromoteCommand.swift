import AraCLI
import AraCapture
import AraCore
import ArgumentParser
import Foundation

package struct PromoteCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
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

    @Option(name: .customLong("as"), help: "What the observation becomes.")
    var kind: Promoter.Kind

    @Option(
        help: ArgumentHelp(
            "The closure signal: abandoned, affirmed, resolved-by:NODE or cited-by:NODE (an observation leaves staging only on one).",
            valueName: "signal"))
    var because: Promoter.Signal

    @Option(help: "The new block's title (default: the observation's first sentence).")
    var title: String?

    @OptionGroup var bundle: BundleOption

    @OptionGroup var output: JSONOption

    package init() {}

    package func run() throws {
        let bundlePath = try bundle.resolve()
        let clock = BundleLocation.now()
        do {
            let promotion = try Promoter.promote(
                observation, as: kind, because: because, title: title, bundle: URL(fileURLWithPath: bundlePath),
                now: clock.epoch, offsetMinutes: clock.offsetMinutes)
            if output.json {
                print(try JSONOutput.encode(["id": promotion.id, "path": promotion.path, "title": promotion.title]))
            } else {
                print("Promoted \(observation) to \(promotion.id) in \(promotion.path) (\(because)).")
            }
        } catch let error as CaptureError {
            throw CLIError(error.description)
        }
    }
}
