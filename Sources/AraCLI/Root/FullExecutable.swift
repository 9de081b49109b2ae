import Foundation

/// Hands a command `arakit` does not hold to the executable beside it that
/// does. Loading poppler, cairo, libgit2 and curl (85 shared libraries) was
/// most of every start-up, and only compile, capture, record, promote,
/// hooks, render, serve and mcp use them: the git commands go to
/// `arakit-git` (libgit2 alone), everything else to `arakit-full`, which
/// holds every command.
package enum FullExecutable {
    package static let name = "arakit-full"
    package static let gitName = "arakit-git"
    /// The commands `arakit-git` holds (a test keeps this list equal to its own).
    package static let gitCommands = ["capture", "record", "promote", "hooks"]

    /// Replaces this process with the executable that holds the command,
    /// with the same arguments, unless the first argument is one of
    /// `handled` (or `--version`). Help, unknown words and no arguments go
    /// to `arakit-full`: it knows every command.
    package static func forwardUnlessHandled(_ handled: [String]) {
        let arguments = CommandLine.arguments
        let first = arguments.dropFirst().first
        if let first, first == "--version" || handled.contains(first) { return }
        let target = first.map(gitCommands.contains) == true ? gitName : name
        let path = besideThisExecutable(target)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        execv(path, &argv)
        // execv returns only on failure.
        let reason = String(cString: strerror(errno))
        let command = first.map { "`arakit \($0)`" } ?? "arakit's help"
        StandardError.write(
            "error: \(command) runs in \(target), which cannot be started at \(path) (\(reason)); "
                + "build it beside arakit with `swift build` (or `make build`)")
        exit(2)
    }

    /// `target` in this executable's own folder, found through /proc/self/exe
    /// so a symlink to arakit or a PATH lookup still finds it.
    static func besideThisExecutable(_ target: String) -> String {
        let own =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent(target).path
    }
}
