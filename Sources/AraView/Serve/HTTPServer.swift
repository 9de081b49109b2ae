import CLibC
import Foundation

/// A small HTTP/1.1 server for `arakit serve` in which everything a client
/// can make it spend is bounded (`HTTPLimits`): the size of a request head,
/// the time to send it, and the connections served at once. GET and HEAD
/// only, no request bodies, one request per connection.
///
/// Threads, neither Swift concurrency nor an event loop: one thread waits
/// for connections, and each connection gets a thread of its own that blocks
/// in `poll`, `recv` and `send`, each with a deadline. Blocking calls on the
/// concurrency pool (two threads on a two-core machine) would let two slow
/// clients stall every task; an event loop needs a state machine per
/// connection where a thread's code reads top to bottom. The connection cap
/// bounds the threads, and each has a small stack.
final class HTTPServer: Sendable {
    typealias Responder = @Sendable (HTTPRequestHead) -> HTTPResponse
    /// A connection's stack: it parses a head and copies a page, nothing deep.
    static let stackSize = 512 << 10

    private let limits: HTTPLimits
    private let listener: ListeningSocket
    private let slots: ConnectionSlots
    private let respond: Responder

    /// Binds and listens at once, so a taken port is an error here and not later.
    init(host: String, port: UInt16, limits: HTTPLimits = HTTPLimits(), respond: @escaping Responder)
        throws(ViewError)
    {
        self.limits = limits
        self.listener = try ListeningSocket(host: host, port: port)
        self.slots = ConnectionSlots(capacity: limits.maxConnections)
        self.respond = respond
    }

    /// The port listened on: the one the system picked when 0 was asked for.
    var port: UInt16 { listener.port }

    /// Serves on a thread of its own until `stop()`.
    func start() {
        // Each connection has a thread; without a limit on malloc's arenas,
        // 20 held clients took the server past a 1 GB address-space cap.
        arakit_limit_malloc_arenas()
        Thread { self.acceptConnections() }.start()
    }

    /// Stops taking connections; those being served end on their own.
    func stop() { listener.stop() }

    private func acceptConnections() {
        while let descriptor = listener.nextConnection() {
            let socket = ClientSocket(accepted: descriptor, sendTimeout: limits.sendTimeout)
            // Over the cap the client is told so at once: a queue would hold it without end.
            guard slots.take() else {
                HTTPConnection.refuseBusy(socket)
                continue
            }
            let thread = Thread { [slots, limits, respond] in
                defer { slots.release() }
                HTTPConnection(socket: socket, limits: limits, respond: respond).serve()
            }
            thread.stackSize = Self.stackSize
            thread.start()
        }
    }
}
