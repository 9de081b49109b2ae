import AraCLI
import AraMCP
import AraSearch
import ArgumentParser
import Foundation

package struct MCPCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve bundles to an agent over the Model Context Protocol (stdio).",
        discussion: """
            Speaks MCP (JSON-RPC) on standard input and output; an agent's client \
            starts it. Tools: list_bundles, read {target, budget, bundle}, search \
            {query, kind, limit}, trace_path {node}, evidence_for {claim}, review \
            {select, bundle}. Each bundle file is a resource, ara://BUNDLE/path; \
            nothing outside the given bundles is ever served. `bundle` may be left \
            out when the server has one bundle.

            Examples:
              arakit mcp examples/tiny-sort
              arakit mcp ~/papers/            # every bundle under the folder
              claude mcp add ara -- arakit mcp my-paper

            Exit status: 0 when the client closes the connection, 2 usage or I/O error.
            """
    )

    @Argument(help: "Bundles or folders of bundles to serve.", completion: .directory)
    var paths: [String]

    @Flag(help: "Also offer the tools that write (guarded completion).")
    var allowWrite = false

    package init() {}

    package func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one bundle or folder of bundles") }
    }

    package func run() throws {
        let bundles: ServedBundles
        do {
            bundles = try ServedBundles(paths: paths)
        } catch {
            throw CLIError(error.description)
        }
        let server = AraMCPServer(
            bundles: bundles, registry: .standard(cache: .fromEnvironment(), allowWrite: allowWrite),
            version: AraKitVersion.current)
        StandardError.write("arakit mcp: serving \(bundles.bundles.count) bundle(s) on stdio")
        try Self.wait { try await server.runOnStandardIO() }
    }

    /// Runs async work from this synchronous command and waits for it: the
    /// server's tasks run on the concurrency pool, not on this thread.
    static func wait(_ work: @escaping @Sendable () async throws -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await work() } catch { failure.set(error) }
            done.signal()
        }
        done.wait()
        if let error = failure.error { throw CLIError("mcp: \(error)") }
    }
}

/// The one error the server task may hand back to the waiting thread.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?

    var error: Error? { lock.withLock { stored } }
    func set(_ error: Error) { lock.withLock { stored = error } }
}
