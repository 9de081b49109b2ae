import AraCLI
import AraCLIGit
import AraCLITools
import ArgumentParser

/// `arakit-full`: every command, in the order `arakit --help` lists them.
/// `arakit` hands it the commands that need poppler, cairo, Graphviz or the
/// MCP SDK, and its help (the git commands go to `arakit-git`).
@main
struct FullCommand: ParsableCommand {
    static let configuration = CommandRoot.configuration(subcommands: [
        InfoCommand.self, InitCommand.self, ReviewCommand.self, RuleCommand.self, CaptureCommand.self,
        RecordCommand.self, PromoteCommand.self, HooksCommand.self, CompileCommand.self,
        PendingCommand.self, FillCommand.self, AddCommand.self,
        PackCommand.self, VerifyCommand.self, UnpackCommand.self, KeygenCommand.self,
        RenderCommand.self, ServeCommand.self, ReadCommand.self, SearchCommand.self, MCPCommand.self,
    ])

    static func main() {
        CommandRoot.main(Self.self)
    }
}
