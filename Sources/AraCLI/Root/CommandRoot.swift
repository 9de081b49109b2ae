import ArgumentParser
import Foundation

/// What the two executables share: the root command's text and the exit
/// statuses. `arakit` holds the commands that read and check bundles;
/// `arakit-full` holds every command (SPEC.md §12.6 says why there are two).
package enum CommandRoot {
    /// The commands `arakit` runs itself: they need neither poppler, cairo,
    /// libgit2 nor the MCP SDK's networking, so its start-up loads none of them.
    package static let readingCommands: [ParsableCommand.Type] = [
        InfoCommand.self, InitCommand.self, ReviewCommand.self, RuleCommand.self,
        PendingCommand.self, FillCommand.self, AddCommand.self,
        PackCommand.self, VerifyCommand.self, UnpackCommand.self, KeygenCommand.self,
        ReadCommand.self, SearchCommand.self,
    ]

    package static func configuration(subcommands: [ParsableCommand.Type]) -> CommandConfiguration {
        CommandConfiguration(
            commandName: "arakit",
            abstract: "Read, check and build Agent-Native Research Artifacts (ARA bundles).",
            discussion: """
                An ARA bundle is a directory: PAPER.md indexes four layers, logic/ (claims, \
                experiments, concepts), src/ (code and environment), trace/ (the exploration \
                graph and session records) and evidence/ (tables and figures).

                Examples:
                  arakit init my-paper --title "Sparse attention at scale"
                  arakit info my-paper
                  arakit info my-paper --json | jq .counts
                  arakit review my-paper
                  arakit capture --bundle my-paper          # git history into trace/
                  arakit record dead_end "Cosine restarts" --field failure_mode="loss spikes"
                  arakit compile --pdf paper.pdf --repo ~/code/model --out model-ara
                  arakit read my-paper C03 --budget 500      # a claim and its cells
                  arakit search ~/papers "warmup" --kind claim
                  arakit pending my-paper                    # what is left to fill
                  arakit fill my-paper C03 Status supported  # checked by review
                  arakit mcp my-paper                        # for agents, on stdio
                  arakit pack my-paper --sign ~/.arakit/me   # a signed RO-Crate zip
                  arakit verify my-paper.zip --key ~/.arakit/me.pub
                  arakit serve my-paper                      # a live web page

                Exit status: 0 ok, 1 findings (reader errors), 2 usage or I/O error.
                """,
            version: AraKitVersion.current,
            subcommands: subcommands
        )
    }

    /// Runs `root` with AraKit's exit statuses: 0 ok, 1 findings, 2 usage
    /// or I/O error (ArgumentParser's own usage status, 64, becomes 2).
    package static func main<Root: ParsableCommand>(_ root: Root.Type) -> Never {
        do {
            var command = try root.parseAsRoot()
            try command.run()
            Foundation.exit(0)
        } catch let error as CLIError {
            StandardError.write("error: \(error.description)")
            Foundation.exit(2)
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            let message = root.fullMessage(for: error)
            if root.exitCode(for: error) == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { StandardError.write(message) }
            Foundation.exit(2)
        }
    }
}
