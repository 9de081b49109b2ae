import AraCLI
import AraCapture
import AraCore
import AraGit
import ArgumentParser
import Foundation

package struct CaptureCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "capture",
        abstract: "Turn git history into exploration-tree nodes and daily session records.",
        discussion: """
            Reads every branch, tag and remote branch with libgit2 and appends to
            the bundle's trace/ by these rules (SPEC.md §10):
              - a commit with an Ara-Type trailer becomes that node (question,
                experiment, decision, dead_end, pivot), its other Ara-* trailers
                its fields;
              - a revert ("This reverts commit <id>", or a subject Revert "X" /
                Reapply "X") becomes a dead_end under the node of the commit it
                reverts (none when several or no earlier commits have the quoted
                subject); a revert of a revert becomes a decision that brings the
                change back;
              - a merge becomes a decision (choice: the merged branch;
                alternatives: unmerged branches forked from the same point);
                merging main into a branch does not;
              - unmerged work older than --abandon-after days, named abandoned/*,
                or whose tip has an Ara-Abandoned trailer becomes a dead_end, once
                per tip and with only its own commits; work main already holds
                (squash or rebase merged) is not abandoned by age;
              - a rebased or cherry-picked copy adds no second node;
              - every commit is listed, by day, in trace/sessions/YYYY-MM-DD_NNN.yaml.
            Capture only appends: a second run adds only what is new and changes
            no byte of what is there, hand edits included.

            Examples:
              arakit capture                  # bundle in ./ or ./ara, repository here
              arakit capture --repo ~/work/model --bundle ~/work/model/ara
              arakit capture --dry-run                     # show what would be added
              arakit capture --since v1.0 --json

            Exit status: 0 captured (or nothing new), 2 error (nothing written).
            """
    )

    @Option(help: "The git repository (or a folder inside it).", completion: .directory)
    var repo: String = "."

    @OptionGroup var bundle: BundleOption

    @Option(help: "Read only commits after this revision (a branch, tag or commit id).")
    var since: String?

    @Option(name: .customLong("main"), help: "The main line (default: main, else master, else HEAD's branch).")
    var mainBranch: String?

    @Option(help: "Days without commits after which an unmerged branch is a dead end.")
    var abandonAfter: Int = 30

    @Flag(help: "Show what would be added; write nothing.")
    var dryRun = false

    @OptionGroup var output: JSONOption

    @OptionGroup var quiet: QuietOption

    package init() {}

    package func validate() throws {
        guard abandonAfter >= 0 else { throw ValidationError("--abandon-after must be 0 or more days") }
    }

    package func run() throws {
        let bundlePath = try bundle.resolve()
        let clock = BundleLocation.now()
        let options = CaptureOptions(
            since: since, mainBranch: mainBranch, abandonAfterDays: abandonAfter, now: clock.epoch,
            offsetMinutes: clock.offsetMinutes, dryRun: dryRun)
        var capture: HistoryCapture
        let report: CaptureReport
        do {
            let repository = try GitRepository(at: repo)
            capture = try HistoryCapture(
                repository: repository, bundle: URL(fileURLWithPath: bundlePath), options: options)
            report = try capture.run()
        } catch let error as GitError {
            throw CLIError("\(error) (pass --repo DIR for the repository to read)")
        } catch let error as CaptureError {
            throw CLIError(error.description)
        }
        if output.json {
            print(
                try JSONOutput.encode(CaptureJSON(report: report, bundle: bundlePath, repository: repo, dryRun: dryRun))
            )
        } else if !quiet.quiet {
            for warning in report.warnings { StandardError.write("warning: \(warning)") }
            print(
                report.text(
                    bundle: bundlePath, repository: repo, dryRun: dryRun, style: TerminalStyle.forStandardOutput()))
        }
        CommandEnd.succeed(keeping: capture)
    }
}
