import AraPack
import ArgumentParser
import Foundation

package struct KeygenCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Write an Ed25519 key pair for signing archives.",
        discussion: """
            Writes NAME (the private key, mode 600) and NAME.pub (the public key to \
            give to whoever checks your archives). Both are written to a temporary \
            file and moved into place; an existing key is never replaced without --force.

            Examples:
              arakit keygen ~/.arakit/me
              arakit pack my-paper --sign ~/.arakit/me
              arakit verify my-paper.zip --key ~/.arakit/me.pub

            Exit status: 0 written, 2 error (nothing replaced).
            """
    )

    @Argument(help: "Where to write the private key; the public key goes to NAME.pub.", completion: .file())
    var name: String

    @Flag(help: "Replace an existing key pair of that name.")
    var force = false

    package init() {}

    package func run() throws {
        do {
            let key = try KeyGenerator.generate(at: URL(fileURLWithPath: name), force: force)
            print("wrote \(name) (private, mode 600) and \(name).pub")
            print("key fingerprint: \(key.fingerprint)")
        } catch {
            throw CLIError(error.description)
        }
    }
}
