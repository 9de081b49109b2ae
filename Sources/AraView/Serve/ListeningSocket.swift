import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The server's bound, listening socket, and a pipe that wakes the thread
/// waiting for connections when the server stops (closing a socket another
/// thread waits on does not reliably wake it).
final class ListeningSocket: Sendable {
    let port: UInt16
    private let descriptor: Int32
    private let wake: (read: Int32, write: Int32)

    init(host: String, port: UInt16) throws(ViewError) {
        let address = try SocketAddress(host: host, port: port)
        let descriptor = try Self.bound(to: address, host: host, port: port)
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            let number = errno
            close(descriptor)
            throw Self.failure("pipe", number, host: host, port: port)
        }
        self.descriptor = descriptor
        self.port = SocketAddress.boundPort(of: descriptor) ?? port
        self.wake = (ends[0], ends[1])
    }

    deinit {
        for end in [descriptor, wake.read, wake.write] { close(end) }
    }

    /// The next connection's descriptor; nil once `stop()` was called.
    func nextConnection() -> Int32? {
        while true {
            var waits = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
            waits.append(pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0))
            if poll(&waits, 2, -1) < 0, errno != EINTR { return nil }
            if waits[1].revents != 0 { return nil }
            guard waits[0].revents != 0 else { continue }
            let client = accept(descriptor, nil, nil)
            if client >= 0 { return client }
            // Out of descriptors or memory: pause rather than spin until a connection ends.
            if [EMFILE, ENFILE, ENOBUFS, ENOMEM].contains(errno) { usleep(100_000) }
        }
    }

    func stop() {
        let byte: UInt8 = 1
        _ = withUnsafePointer(to: byte) { write(wake.write, $0, 1) }
    }

    private static func bound(to address: SocketAddress, host: String, port: UInt16) throws(ViewError) -> Int32 {
        #if canImport(Glibc)
            let stream = Int32(SOCK_STREAM.rawValue)
        #else
            let stream = SOCK_STREAM
        #endif
        let descriptor = socket(address.family, stream, 0)
        guard descriptor >= 0 else { throw failure("socket", errno, host: host, port: port) }
        // A restarted server may bind the port while the last one's connections linger in TIME_WAIT.
        var on: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        var call = "bind"
        var result = address.withSockaddr { bind(descriptor, $0, $1) }
        if result == 0 {
            call = "listen"
            result = listen(descriptor, SOMAXCONN)
        }
        guard result == 0 else {
            let number = errno
            close(descriptor)
            throw failure(call, number, host: host, port: port)
        }
        return descriptor
    }

    /// A socket failure said in words, with what to do.
    private static func failure(_ call: String, _ number: Int32, host: String, port: UInt16) -> ViewError {
        switch number {
        case EADDRINUSE: .server("\(host):\(port) is already in use; choose another --port (0 picks a free one)")
        case EACCES: .server("binding \(host):\(port) is not permitted; ports below 1024 need privileges")
        case EADDRNOTAVAIL: .server("\(host) is not an address of this machine; pass one it has (--host)")
        default: .server("\(call) failed on \(host):\(port): \(String(cString: strerror(number)))")
        }
    }
}
