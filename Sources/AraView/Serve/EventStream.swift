import FlyingFox
import FlyingSocks
import Foundation

/// A server-sent event stream as a response body that never ends on its
/// own: each element of `events` is written as it comes (chunked).
struct EventStream: AsyncBufferedSequence {
    typealias Element = UInt8
    let events: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator { Iterator(base: events.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<Data>.Iterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            if pending.isEmpty, let chunk = await base.next() { pending = Array(chunk) }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if pending.isEmpty, let chunk = await base.next() { pending = Array(chunk) }
            if pending.isEmpty { return nil }
            let taken = Array(pending.prefix(Swift.max(count, 1)))
            pending.removeFirst(taken.count)
            return taken
        }
    }
}
