import Foundation
import MCP

/// The requests read from the client and not answered yet, so that the input
/// ends only once each has its answer: the SDK answers every request in a task
/// of its own and stops when the input ends, and a client that wrote a request
/// and closed its side lost the answer.
final class OpenRequests: @unchecked Sendable {
    /// A request or response of any method, as the SDK reads them.
    private struct AnyCall: MCP.Method {
        static var name: String { "" }
        typealias Parameters = Value
        typealias Result = Value
    }

    /// The id of a message the server sends (absent for a notification).
    private struct Sent: Decodable {
        let id: ID?
    }

    private let condition = NSCondition()
    /// How many requests of each id wait for an answer.
    private var open: [ID: Int] = [:]

    /// Notes a line from the client. A request opens, told apart as the SDK
    /// tells it (a response is tried first); a cancellation closes the request
    /// it names, which the SDK then leaves unanswered.
    func read(_ line: Data) {
        let decoder = JSONDecoder()
        guard (try? decoder.decode(Response<AnyCall>.self, from: line)) == nil else { return }
        if let request = try? decoder.decode(Request<AnyCall>.self, from: line) {
            change(request.id, by: 1)
        } else if let message = try? decoder.decode(Message<CancelledNotification>.self, from: line),
            message.method == CancelledNotification.name, let id = message.params.requestId
        {
            change(id, by: -1)
        }
    }

    /// Notes a message to the client, before it is written: an answer closes its request.
    func sent(_ message: Data) {
        guard let id = (try? JSONDecoder().decode(Sent.self, from: message))?.id else { return }
        change(id, by: -1)
    }

    /// Blocks until every request read so far has been answered.
    func waitUntilAnswered() {
        condition.lock()
        defer { condition.unlock() }
        while !open.isEmpty { condition.wait() }
    }

    private func change(_ id: ID, by delta: Int) {
        condition.lock()
        defer { condition.unlock() }
        let count = (open[id] ?? 0) + delta
        open[id] = count > 0 ? count : nil
        condition.broadcast()
    }
}
