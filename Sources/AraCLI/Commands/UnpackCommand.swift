import AraPack
import ArgumentParser
import Foundation

package struct UnpackCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "unpack",
        abstract: "Verify an archive, then extract it into a new directory.",
        discussion: """
            Runs every check of `arakit verify` while inflating into a hidden \
            directory beside DIR, then renames it to DIR: DIR appears whole or not at \
            all, and never replaces an existing directory.

            Examples:
              arakit unpack my-paper.zip my-paper
              arakit unpack my-paper.zip my-paper --key alice.pub

            Exit status: 0 unpacked and clean, 1 unpacked with review findings, 2 \
            broken, tampered or wrongly signed (nothing written).
            """
    )

    @Argument(help: "The archive.", completion: .file())
    var archive: String

    @Argument(help: "The directory to create.", completion: .directory)
    var directory: String

    @Option(help: "Require a signature by this public key.", completion: .file())
    var key: String?

    package init() {}

    package func run() throws {
        let report: VerifyReport
        do {
            let trusted = try key.map { path throws(PackError) in try VerifyingKey.load(URL(fileURLWithPath: path)) }
            report = try Unpacker(verifier: Verifier(trustedKey: trusted)).unpack(
                archive: URL(fileURLWithPath: archive), display: archive, to: URL(fileURLWithPath: directory))
        } catch {
            throw CLIError(error.description)
        }
        print(SealText.render(report, style: .forStandardOutput()))
        print("unpacked into \(directory)")
        if !report.clean { throw ExitCode(1) }
    }
}
