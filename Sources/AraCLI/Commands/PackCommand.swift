import AraCore
import AraPack
import ArgumentParser
import Foundation

package struct PackCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Seal a bundle into one deterministic ZIP archive that is also an RO-Crate.",
        discussion: """
            The archive holds every regular file of the bundle, MANIFEST.json (each \
            file's size and SHA-256, and the review at packing time) and \
            ro-crate-metadata.json (RO-Crate 1.1). Packing the same bundle twice gives \
            the same bytes. A bundle with review errors is refused unless \
            --allow-findings; symbolic links are refused. --sign adds MANIFEST.sig, an \
            Ed25519 signature of the manifest (keys from `arakit keygen`).

            Examples:
              arakit pack my-paper
              arakit pack my-paper -o my-paper.zip --sign ~/.arakit/me
              arakit pack my-paper --allow-findings --json

            Exit status: 0 packed, 2 error (nothing written).
            """
    )

    @Argument(help: "The bundle directory (the folder that holds PAPER.md).", completion: .directory)
    var bundle: String

    @Option(name: .shortAndLong, help: "The archive to write (default: BUNDLE-NAME.zip here).")
    var output: String?

    @Flag(help: "Seal a bundle even when the review reports errors.")
    var allowFindings = false

    @Option(help: "Sign with this private key (written by `arakit keygen`).", completion: .file())
    var sign: String?

    @Flag(help: "Print the manifest's summary as one JSON object.")
    var json = false

    package init() {}

    package func run() throws {
        let root = URL(fileURLWithPath: bundle)
        let target = output ?? root.standardizedFileURL.lastPathComponent + ".zip"
        let outcome: Packer.Outcome
        do throws(PackError) {
            let key = try sign.map { path throws(PackError) in try SigningKey.load(URL(fileURLWithPath: path)) }
            let packer = Packer(arakitVersion: AraKitVersion.current, allowFindings: allowFindings, signingKey: key)
            outcome = try packer.pack(bundle: root, to: URL(fileURLWithPath: target))
        } catch {
            throw CLIError(error.description)
        }
        let review = outcome.manifest.review
        if json {
            let summary = PackSummary(
                archive: target, bytes: outcome.archiveBytes, files: outcome.manifest.files.count,
                signer: outcome.signer?.fingerprint, review: review)
            print(try JSONOutput.encode(summary))
        } else {
            print("sealed \(outcome.manifest.files.count) files into \(target) (\(outcome.archiveBytes) bytes)")
            print("review at packing: \(SealText.counts(review))")
            if let signer = outcome.signer { print("signed by key \(signer.fingerprint)") }
        }
    }
}

/// `pack --json`.
struct PackSummary: Encodable {
    var archive: String
    var bytes: Int64
    var files: Int
    var signer: String?
    var review: ReviewSummary
}
