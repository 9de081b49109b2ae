import AraCLI
import AraCapture
import AraGit
import ArgumentParser
import Foundation

package struct HooksCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "hooks",
        abstract: "Install or remove git hooks that capture history after each commit.",
        discussion: """
            post-commit, post-merge and post-rewrite hooks run `arakit capture --quiet` for \
            the bundle. A hook that is already there is kept as <name>.pre-arakit and run \
            first; `hooks uninstall` puts it back exactly. A failing capture prints one \
            line and never blocks git.

            Examples:
              arakit hooks install                      # repo here, bundle in ./ or ./ara
              arakit hooks install --repo ~/work/model --bundle ~/work/model/ara
              arakit hooks uninstall
            """,
        subcommands: [Install.self, Uninstall.self]
    )

    package init() {}

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Install the capture hooks.")

        @Option(help: "The git repository.", completion: .directory)
        var repo: String = "."

        @Option(help: "The bundle the hooks capture into (default: ./ if it holds PAPER.md, else ./ara).")
        var bundle: String?

        func run() throws {
            let bundlePath = try BundleLocation.resolve(bundle)
            let absolute = URL(fileURLWithPath: bundlePath).standardizedFileURL
            guard FileManager.default.fileExists(atPath: absolute.appendingPathComponent("PAPER.md").path) else {
                throw CLIError(
                    "no bundle at '\(bundlePath)' (no PAPER.md); create one with `arakit init \(bundlePath)`")
            }
            let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
            let changes: [HookInstaller.Change]
            do {
                changes = try HookInstaller.install(
                    repository: try GitRepository(at: repo), bundle: absolute,
                    executable: FileManager.default.isExecutableFile(atPath: executable) ? executable : "arakit")
            } catch let error as GitError {
                throw CLIError("\(error) (pass --repo DIR)")
            } catch let error as CaptureError {
                throw CLIError(error.description)
            }
            for change in changes {
                print("\(change.action.padding(toLength: 9, withPad: " ", startingAt: 0)) \(change.path)")
            }
            print("Commits, merges and rewrites now capture into \(bundlePath). Undo with: arakit hooks uninstall")
        }
    }

    struct Uninstall: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove the capture hooks and restore earlier ones.")

        @Option(help: "The git repository.", completion: .directory)
        var repo: String = "."

        func run() throws {
            let changes: [HookInstaller.Change]
            do {
                changes = try HookInstaller.uninstall(repository: try GitRepository(at: repo))
            } catch let error as GitError {
                throw CLIError("\(error) (pass --repo DIR)")
            } catch let error as CaptureError {
                throw CLIError(error.description)
            }
            if changes.isEmpty { print("No arakit hooks in \(repo).") }
            for change in changes {
                print("\(change.action.padding(toLength: 9, withPad: " ", startingAt: 0)) \(change.path)")
            }
        }
    }
}
