import AraCore
import AraPack
import ArgumentParser
import Foundation

package struct VerifyCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that an archive is byte for byte what was sealed, and by whom.",
        discussion: """
            Checks every entry before inflating any: no path that climbs out or is \
            absolute, no symbolic link, no duplicate, no entry past the size and \
            ratio caps (a decompression bomb). Inflates into a private temporary \
            directory, checks every file's SHA-256 against MANIFEST.json and that \
            nothing was added or removed, checks the signature, then reviews the bundle.

            Examples:
              arakit verify my-paper.zip
              arakit verify my-paper.zip --key alice.pub
              arakit verify unpacked-dir --json

            Exit status: 0 sealed and clean, 1 sealed with review findings, 2 broken, \
            tampered or wrongly signed.
            """
    )

    @Argument(help: "The archive, or a directory unpacked from one.", completion: .file())
    var archive: String

    @Option(help: "Require a signature by this public key (NAME.pub from `arakit keygen`).", completion: .file())
    var key: String?

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    package init() {}

    package func run() throws {
        let report: VerifyReport
        do {
            let trusted = try key.map { path throws(PackError) in try VerifyingKey.load(URL(fileURLWithPath: path)) }
            let verifier = Verifier(trustedKey: trusted)
            let url = URL(fileURLWithPath: archive)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: archive, isDirectory: &isDirectory)
            report =
                try isDirectory.boolValue
                ? verifier.verify(directory: url, display: archive) : verifier.verify(archive: url, display: archive)
        } catch {
            if json { print((try? JSONOutput.encode(VerifyFailure(archive: archive, error: error.description))) ?? "") }
            throw CLIError(error.description)
        }
        print(json ? try JSONOutput.encode(report) : SealText.render(report, style: .forStandardOutput()))
        if !report.clean { throw ExitCode(1) }
    }
}

/// `verify --json` when the archive is broken: the reason, for a machine.
struct VerifyFailure: Encodable {
    var archive: String
    var sealed = false
    var error: String
}
