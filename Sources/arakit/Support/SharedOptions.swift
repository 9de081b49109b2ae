import ArgumentParser

/// `--bundle`, for the commands that work in one bundle and find it from the
/// current directory when it is not given.
struct BundleOption: ParsableArguments {
    @Option(help: "The bundle (default: ./ if it holds PAPER.md, else ./ara).", completion: .directory)
    var bundle: String?

    /// The bundle's path: the one given, else found here.
    func resolve() throws -> String { try BundleLocation.resolve(bundle) }
}

/// `--json`: the result as JSON on standard output, for a machine to read.
struct JSONOption: ParsableArguments {
    @Flag(help: "Print the result as JSON.")
    var json = false
}

/// `--quiet`: nothing on standard output or error but errors, and the JSON
/// report when --json asks for it (for git hooks and scripts).
struct QuietOption: ParsableArguments {
    @Flag(help: "Print nothing but errors (and the report --json asks for).")
    var quiet = false
}
