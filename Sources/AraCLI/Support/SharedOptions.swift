import ArgumentParser

/// `--bundle`, for the commands that work in one bundle and find it from the
/// current directory when it is not given.
package struct BundleOption: ParsableArguments {
    package init() {}

    @Option(help: "The bundle (default: ./ if it holds PAPER.md, else ./ara).", completion: .directory)
    package var bundle: String?

    /// The bundle's path: the one given, else found here.
    package func resolve() throws -> String { try BundleLocation.resolve(bundle) }
}

/// `--json`: the result as JSON on standard output, for a machine to read.
package struct JSONOption: ParsableArguments {
    package init() {}

    @Flag(help: "Print the result as JSON.")
    package var json = false
}

/// `--quiet`: nothing on standard output or error but errors, and the JSON
/// report when --json asks for it (for git hooks and scripts).
package struct QuietOption: ParsableArguments {
    package init() {}

    @Flag(help: "Print nothing but errors (and the report --json asks for).")
    package var quiet = false
}
