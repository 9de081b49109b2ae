/// One connection: its request head read within the limits, answered, and
/// closed. An event stream stays open until the client leaves or the
/// server stops.
struct HTTPConnection {
    let socket: ClientSocket
    let limits: HTTPLimits
    let respond: HTTPServer.Responder

    func serve() {
        defer { socket.finish(linger: limits.lingerTimeout, maxBytes: limits.maxLingerBytes) }
        do throws(HTTPRefusal) {
            guard let bytes = try HeadReader(socket: socket, limits: limits).read() else { return }
            let request = try HTTPRequestHead(parsing: bytes)
            send(respond(request), withBody: !request.isHead)
        } catch {
            send(error.response, withBody: true)
        }
    }

    /// Answers a connection over the cap from the thread that accepts them:
    /// nothing here may wait (the answer fits an empty send buffer, and only
    /// bytes already received are dropped before the close).
    static func refuseBusy(_ socket: ClientSocket) {
        let response = HTTPResponse.plain(.serviceUnavailable, "too many connections; try again")
        socket.write(response.head())
        if case .bytes(let body) = response.body { socket.write(body) }
        socket.finish(linger: .zero, maxBytes: 64 << 10)
    }

    private func send(_ response: HTTPResponse, withBody: Bool) {
        let sent = socket.write(response.head())
        switch response.body {
        case .bytes(let data): if sent, withBody { socket.write(data) }
        case .events(let queue):
            if sent, withBody { stream(queue) }
            queue.close()
        }
    }

    /// Events as they come. The wait wakes each second to notice a client
    /// that left, rather than holding its slot until the next event.
    private func stream(_ queue: EventQueue) {
        while true {
            switch queue.next(waitingUpTo: .seconds(1)) {
            case .event(let data): guard socket.write(data) else { return }
            case .idle: if socket.clientLeft { return }
            case .closed: return
            }
        }
    }
}
