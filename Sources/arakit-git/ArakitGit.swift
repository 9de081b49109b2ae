import AraCLI
import AraCLIGit
import ArgumentParser

/// `arakit-git`: the commands that read git history. `arakit` hands them
/// here rather than to `arakit-full`, whose 85 shared libraries took longer
/// to load than an incremental capture takes to run; a post-commit hook
/// starts one on every commit.
@main
struct GitCommand: ParsableCommand {
    static let configuration = CommandRoot.configuration(subcommands: GitCommands.all)

    static func main() {
        CommandRoot.main(Self.self)
    }
}
