import Foundation

/// The events waiting for one open `__arakit/events` connection: the store
/// adds them as bundles change, the connection's thread waits for them.
final class EventQueue: @unchecked Sendable {
    enum Next {
        case event(Data)
        /// Nothing came within the wait.
        case idle
        case closed
    }

    // @unchecked: `pending` and `isClosed` are only read or written with `condition` locked.
    private let condition = NSCondition()
    private var pending: [Data] = []
    private var isClosed = false

    /// Adds an event; false once the queue is closed, so the store can let it go.
    func push(_ event: Data) -> Bool {
        condition.withLock {
            guard !isClosed else { return false }
            pending.append(event)
            condition.signal()
            return true
        }
    }

    /// No more events: the client left, or the server stops.
    func close() {
        condition.withLock {
            isClosed = true
            pending = []
            condition.broadcast()
        }
    }

    /// The oldest event, waiting for one at most `wait`.
    func next(waitingUpTo wait: Duration) -> Next {
        let deadline = Date(timeIntervalSinceNow: wait / .seconds(1))
        return condition.withLock {
            while pending.isEmpty, !isClosed {
                if !condition.wait(until: deadline) { break }
            }
            if isClosed { return .closed }
            return pending.isEmpty ? .idle : .event(pending.removeFirst())
        }
    }
}
