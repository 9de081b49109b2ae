import AraCore
import ArgumentParser
import Foundation

@main
struct AraKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
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
        subcommands: [
            InfoCommand.self, InitCommand.self, ReviewCommand.self, RuleCommand.self, CaptureCommand.self,
            RecordCommand.self, PromoteCommand.self, HooksCommand.self, CompileCommand.self,
            PendingCommand.self, FillCommand.self, AddCommand.self,
            PackCommand.self, VerifyCommand.self, UnpackCommand.self, KeygenCommand.self,
            RenderCommand.self, ServeCommand.self, ReadCommand.self, SearchCommand.self, MCPCommand.self,
        ]
    )

    /// Runs the command with AraKit's exit statuses: 0 ok, 1 findings, 2 usage
    /// or I/O error (ArgumentParser's own usage status, 64, becomes 2).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            StandardError.write("error: \(error.description)")
            Foundation.exit(2)
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            let message = fullMessage(for: error)
            if exitCode(for: error) == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { StandardError.write(message) }
            Foundation.exit(2)
        }
    }
}
