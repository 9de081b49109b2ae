import AraCLI
import AraView
import ArgumentParser
import Foundation

package struct ServeCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a bundle's site, or a hub of bundles, and reload it on every edit.",
        discussion: """
            Renders the bundle as `arakit render` does and serves it from memory. \
            When a file of the bundle changes the site is rendered again and open \
            pages reload. A folder of bundles becomes a hub: an index, each bundle \
            at /NAME/. Binds to 127.0.0.1 unless --host says otherwise; nothing \
            outside the rendered site is ever served.

            Examples:
              arakit serve my-paper
              arakit serve bundles/ --port 9000
              arakit serve my-paper --host 0.0.0.0   # visible on the network

            Exit status: 0 stopped, 2 usage, read or bind error.
            """
    )

    @Argument(help: "A bundle directory, or a folder of bundle directories.", completion: .directory)
    var path: String

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 8080

    @Option(help: "The address to bind: 127.0.0.1 (default), ::1, or 0.0.0.0 for every interface.")
    var host = "127.0.0.1"

    /// The root command runs synchronously; the server runs on a task and this waits for it.
    package init() {}

    package func run() throws {
        let stops = Self.stopOnSignals()
        defer {
            for stop in stops { stop.cancel() }
        }
        let outcome = Outcome()
        let semaphore = DispatchSemaphore(value: 0)
        Task {
            do { try await serve() } catch { outcome.set(error) }
            semaphore.signal()
        }
        semaphore.wait()
        if let error = outcome.error { throw error }
    }

    /// Ctrl-C (SIGINT) or SIGTERM stops the server with exit status 0, as
    /// the help says: it serves from memory, so nothing is left to write.
    static func stopOnSignals() -> [DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                StandardError.write("stopped")
                Foundation.exit(0)
            }
            source.resume()
            return source
        }
    }

    func serve() async throws {
        let graphviz: Graphviz
        do { graphviz = try Graphviz.locate() } catch { throw CLIError(error.description) }
        let server = SiteServer(
            root: URL(fileURLWithPath: path), host: host, port: port,
            renderer: SiteRenderer(graphviz: graphviz, liveReload: true))
        do {
            try await server.run(
                ready: { StandardError.write("serving \(path) at \($0) (Ctrl-C stops)") },
                log: { StandardError.write($0) })
        } catch let error as ViewError {
            throw CLIError(error.description)
        } catch {
            throw CLIError("cannot serve on \(host):\(port): \(error)")
        }
    }
}

/// The server task's error, handed back to the waiting command.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?

    var error: Error? { lock.withLock { stored } }
    func set(_ error: Error) { lock.withLock { stored = error } }
}
