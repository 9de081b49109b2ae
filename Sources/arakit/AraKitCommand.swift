import AraCLI
import ArgumentParser

/// `arakit`: the commands that read and check bundles run here; the others
/// run in `arakit-full`, which this executable starts in its own place.
@main
struct AraKitCommand: ParsableCommand {
    static let configuration = CommandRoot.configuration(subcommands: CommandRoot.readingCommands)

    static func main() {
        FullExecutable.forwardUnlessHandled(CommandRoot.readingCommands.compactMap { $0.configuration.commandName })
        CommandRoot.main(Self.self)
    }
}
