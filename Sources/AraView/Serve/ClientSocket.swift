import AraCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One accepted connection, closed when the last reference to it goes, so no
/// path through the server can leak its descriptor. Every wait has a deadline.
final class ClientSocket: Sendable {
    private let descriptor: Int32

    init(accepted descriptor: Int32, sendTimeout: Duration) {
        self.descriptor = descriptor
        let seconds = sendTimeout / .seconds(1)
        var timeout = timeval(tv_sec: .init(seconds), tv_usec: .init((seconds - seconds.rounded(.down)) * 1e6))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
            // Linux has MSG_NOSIGNAL per call instead (see `send`).
            var on: Int32 = 1
            setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    deinit { close(descriptor) }

    /// Waits until a byte can be read, or the client closed or failed (the next
    /// read says which); false when `deadline` passed first.
    func waitReadable(until deadline: ContinuousClock.Instant) -> Bool {
        while true {
            let milliseconds = max(0, (deadline - .now) / .milliseconds(1)).rounded(.up)
            var wait = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&wait, 1, Int32(min(milliseconds, Double(Int32.max))))
            if ready >= 0 || errno != EINTR { return ready != 0 }
        }
    }

    /// Appends at most `count` bytes to `buffer`; 0 when the client closed or the connection failed.
    func receive(into buffer: inout [UInt8], upTo count: Int) -> Int {
        var chunk = [UInt8](repeating: 0, count: count)
        let received = chunk.withUnsafeMutableBytes { bytes in
            Self.retrying { recv(descriptor, bytes.baseAddress, bytes.count, 0) }
        }
        guard received > 0 else { return 0 }
        buffer += chunk[..<received]
        return received
    }

    /// Writes all of `data`; false when the client left, or read nothing for the send timeout.
    /// A client gone mid-write is an error here, never a SIGPIPE that would end the server.
    @discardableResult
    func write(_ data: Data) -> Bool { SocketSend.all(data, on: descriptor) }

    /// True when the client closed its end or the connection failed: what an
    /// event stream, which reads nothing, checks while no event comes.
    var clientLeft: Bool {
        guard waitReadable(until: .now) else { return false }
        var byte: UInt8 = 0
        let peeked = Self.retrying { recv(descriptor, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) }
        return peeked == 0 || (peeked < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
    }

    /// Ends the connection: the write side is shut so the client sees the whole
    /// answer, then what it still sends is read and dropped, within `linger`
    /// and `maxBytes`, so that the close does not reset the connection.
    func finish(linger: Duration, maxBytes: Int) {
        shutdown(descriptor, Int32(SHUT_WR))
        let deadline = ContinuousClock.now + linger
        var drained = 0
        var scratch: [UInt8] = []
        while drained < maxBytes, waitReadable(until: deadline) {
            scratch.removeAll(keepingCapacity: true)
            let received = receive(into: &scratch, upTo: min(64 << 10, maxBytes - drained))
            guard received > 0 else { return }
            drained += received
        }
    }

    /// A system call again while a signal interrupted it.
    private static func retrying(_ call: () -> Int) -> Int {
        while true {
            let result = call()
            if result >= 0 || errno != EINTR { return result }
        }
    }
}
