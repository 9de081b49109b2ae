import Foundation

/// Hands a command `arakit` does not hold to `arakit-full`, the executable
/// beside it that holds every command. Loading poppler, cairo, libgit2 and
/// curl (85 shared libraries) was most of every start-up, and only compile,
/// capture, record, promote, hooks, render, serve and mcp use them.
package enum FullExecutable {
    package static let name = "arakit-full"

    /// Replaces this process with `arakit-full` and the same arguments unless
    /// the first argument is one of `handled` (or `--version`). Help, unknown
    /// words and no arguments go too: the full executable knows every command.
    package static func forwardUnlessHandled(_ handled: [String]) {
        let arguments = CommandLine.arguments
        if let first = arguments.dropFirst().first, first == "--version" || handled.contains(first) { return }
        let path = besideThisExecutable()
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        execv(path, &argv)
        // execv returns only on failure.
        let reason = String(cString: strerror(errno))
        let command = arguments.dropFirst().first.map { "`arakit \($0)`" } ?? "arakit's help"
        StandardError.write(
            "error: \(command) runs in \(name), which cannot be started at \(path) (\(reason)); "
                + "build it beside arakit with `swift build` (or `make build`)")
        exit(2)
    }

    /// `arakit-full` in this executable's own folder, found through
    /// /proc/self/exe so a symlink to arakit or a PATH lookup still finds it.
    static func besideThisExecutable() -> String {
        let own =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent(name).path
    }
}
